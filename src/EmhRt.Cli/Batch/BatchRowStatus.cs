namespace EmhRt.Cli.Batch;

/// <summary>The <c>status</c> output column.</summary>
internal enum BatchRowStatus
{
    /// <summary><c>pass</c>: the plan was assessed and has no findings.</summary>
    Pass,

    /// <summary><c>findings</c>: the plan was assessed and has at least one finding.</summary>
    Findings,

    /// <summary><c>invalid</c>: the row could not be assessed; <c>error</c> says why.</summary>
    Invalid,
}
