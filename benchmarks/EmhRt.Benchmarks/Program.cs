using BenchmarkDotNet.Running;

namespace EmhRt.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--alloc-profile", ..])
        {
            AllocationProfile.Run(args.Length > 1 ? args[1] : "typical");
            return;
        }

        if (args is ["--min-time", ..])
        {
            AllocationProfile.Time(args.Length > 1 ? args[1] : "typical");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
