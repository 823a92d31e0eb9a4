namespace EmhRt.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Program_returns_zero_without_arguments() => Assert.Equal(0, global::EmhRt.Cli.Program.Main([]));
}
