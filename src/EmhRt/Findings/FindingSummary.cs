namespace EmhRt.Findings;

/// <summary>
/// Which finding codes a plan raised and the highest severity among them, without the findings themselves
/// (<see cref="FindingRules.Summarize"/>): what a batch writing CSV needs.
/// </summary>
/// <param name="Codes">Bit <c>i</c> set when <see cref="FindingCodes.All"/>[i] was raised.</param>
/// <param name="Highest">The most severe finding's severity; <see langword="null"/> when there is none.</param>
internal readonly record struct FindingSummary(int Codes, Severity? Highest);
