namespace EmhRt.Cli;

/// <summary>Process exit codes of the <c>emhrt</c> command. Part of the public contract: scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and no finding reached the <c>--fail-on</c> threshold.</summary>
    public const int Success = 0;

    /// <summary>The command ran and at least one finding is at or above the <c>--fail-on</c> severity.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>Invalid usage or input: unknown option, malformed value, missing file, unwritable output.</summary>
    public const int InvalidInput = 2;

    /// <summary>Unexpected internal error (a bug): details with <c>--verbose</c>.</summary>
    public const int InternalError = 3;

    /// <summary>The exit-code table of the commands without <c>--fail-on</c> (eqd2, schedule, ctv, cases, protocol).</summary>
    public const string HelpTextWithoutFailOn =
        "Exit codes:\n" +
        "  0  success\n" +
        "  2  invalid usage or input (the message on stderr says what and where)\n" +
        "  3  unexpected internal error (run again with --verbose for details)";

    /// <summary>The exit-code table shown at the end of the help of commands with <c>--fail-on</c> (plan, batch) and of the root.</summary>
    public const string HelpText =
        "Exit codes:\n" +
        "  0  success: no finding at or above --fail-on\n" +
        "  1  findings at or above --fail-on (default: warning)\n" +
        "  2  invalid usage or input (the message on stderr says what and where)\n" +
        "  3  unexpected internal error (run again with --verbose for details)";
}
