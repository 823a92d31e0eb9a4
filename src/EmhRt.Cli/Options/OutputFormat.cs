namespace EmhRt.Cli;

/// <summary><c>--format text|json|csv|html</c>. <see cref="Html"/> is implemented by <c>plan</c>; the other commands refuse it.</summary>
internal enum OutputFormat
{
    /// <summary><c>text</c> (default): a report for people.</summary>
    Text,

    /// <summary><c>json</c>: one JSON document.</summary>
    Json,

    /// <summary><c>csv</c>: one row per finding / plan.</summary>
    Csv,

    /// <summary><c>html</c>: one self-contained page (<c>plan</c>; other commands refuse it with exit code 2).</summary>
    Html,
}
