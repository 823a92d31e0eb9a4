namespace EmhRt.Cli.Tests.Shipped;

/// <summary>What a command must write on a stream.</summary>
internal enum Expect
{
    /// <summary>Nothing.</summary>
    Empty,

    /// <summary>One JSON document valid against <see cref="ShippedCase.Schema"/>.</summary>
    Json,

    /// <summary>JSON Lines, every row valid against the batch-row schema.</summary>
    JsonLines,

    /// <summary>Text containing <see cref="ShippedCase.Contains"/>.</summary>
    Text,

    /// <summary>CSV whose first line is <see cref="ShippedCase.Contains"/>.</summary>
    Csv,

    /// <summary>Exactly one <c>error: …</c> line containing <see cref="ShippedCase.Contains"/> (plus at most the usage hint), no stack trace.</summary>
    OneError,

    /// <summary>The batch summary line (<c>batch: N rows read, …</c>).</summary>
    BatchSummary,
}

/// <summary>
/// One command of the shipped-binary suite: its arguments (<c>{dir}</c> is the case's working directory with the
/// fixture files), the exit code, what stdout and stderr hold, and the file <c>--output</c> must write.
/// </summary>
internal sealed record ShippedCase(string Name, string[] Args, int Exit, Expect Stdout, Expect Stderr = Expect.Empty)
{
    /// <summary>Schema of a <see cref="Expect.Json"/> stdout or output file.</summary>
    public string? Schema { get; init; }

    /// <summary>Text that stdout (<see cref="Expect.Text"/>, <see cref="Expect.Csv"/>) or stderr (<see cref="Expect.OneError"/>) must contain.</summary>
    public string? Contains { get; init; }

    /// <summary>Bytes written to stdin.</summary>
    public string? Stdin { get; init; }

    /// <summary>A file in <c>{dir}</c> the command must write (with <see cref="OutputKind"/>), stdout then being empty.</summary>
    public string? OutputFile { get; init; }

    /// <summary>What the output file holds.</summary>
    public Expect OutputKind { get; init; }

    public override string ToString() => Name;
}
