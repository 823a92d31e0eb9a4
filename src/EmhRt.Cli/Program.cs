namespace EmhRt.Cli;

internal static class Program
{
    public static int Main(string[] args) => StandardOutput.Run(stdout => CliApp.Run(args, stdout, Console.Error), Console.Error);
}
