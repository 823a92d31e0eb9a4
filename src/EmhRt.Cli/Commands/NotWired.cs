namespace EmhRt.Cli;

/// <summary>Placeholder outcome of commands whose library side is not connected yet.</summary>
internal static class NotWired
{
    /// <summary>Prints "error: emhrt NAME is not yet wired to the library" and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public static int Report(CommandIO io, string commandName)
    {
        ArgumentNullException.ThrowIfNull(io);
        return io.InputError($"emhrt {commandName} is not yet wired to the library");
    }
}
