namespace EmhRt.Cli;

/// <summary>
/// A problem with what the user gave us (a value, a file, an output path). <see cref="CliApp"/> turns it into
/// "error: <see cref="Exception.Message"/>" on stderr and exit code <see cref="ExitCodes.InvalidInput"/>, without a
/// stack trace. Throw it from deep inside a command; at the top of an action prefer
/// <see cref="CommandIO.InputError(string)"/>, which returns the exit code instead of throwing.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
