namespace EmhRt.Cli;

/// <summary>
/// <c>--fail-on info|caution|warning|never</c>: exit code 1 when any finding is at or above this severity;
/// <see cref="Never"/> always exits 0 after a successful run. Ordered from least to most severe.
/// </summary>
internal enum FailOnThreshold
{
    /// <summary><c>info</c>: any finding fails.</summary>
    Info,

    /// <summary><c>caution</c>: caution or warning findings fail.</summary>
    Caution,

    /// <summary><c>warning</c> (default): only warning findings fail.</summary>
    Warning,

    /// <summary><c>never</c>: findings never change the exit code.</summary>
    Never,
}
