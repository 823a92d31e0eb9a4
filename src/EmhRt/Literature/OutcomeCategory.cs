namespace EmhRt.Literature;

/// <summary>
/// Coarse category of the neurological outcome a published case reports after the treatment listed for it
/// (surgery, radiotherapy or both). Only categories the sources actually use are offered.
/// </summary>
/// <remarks>Categories map the wording of <c>cailleteau2023</c> Table 1 and <c>actabiomed2017</c>.</remarks>
public enum OutcomeCategory
{
    /// <summary>The source reports no outcome ("NA").</summary>
    NotReported = 0,

    /// <summary>Complete response ("CR", complete clinical recovery).</summary>
    CompleteResponse = 1,

    /// <summary>"Near complete functional recovery".</summary>
    NearCompleteResponse = 2,

    /// <summary>"Partial remission".</summary>
    PartialResponse = 3,

    /// <summary>"No improvement".</summary>
    NoImprovement = 4,
}
