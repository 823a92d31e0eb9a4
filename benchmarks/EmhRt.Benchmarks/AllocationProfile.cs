using System.Diagnostics.Tracing;
using System.Globalization;
using EmhRt.Planning;

namespace EmhRt.Benchmarks;

/// <summary>
/// Where the bytes of one assessment go: runs an assessment many times under a listener of the runtime's
/// <c>GCAllocationTick</c> event (one sample per ~100 KB allocated, with the type of the object that crossed the
/// threshold), so the share of samples per type is its share of the bytes. Prints bytes per assessment (exact, from
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>) and the estimated bytes per type.
/// Run: <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --alloc-profile [typical|prior|organs|findings]</c>.
/// <c>--min-time [plan]</c> prints the fastest and the median of 500 rounds of 2,000 assessments, in ns per assessment: on a
/// machine shared with builds the fastest round is the figure least disturbed by other processes.
/// </summary>
internal static class AllocationProfile
{
    private static PlanRequest Request(string which) => which switch
    {
        "prior" => AssessmentBenchmarks.WithPriorCourse,
        "organs" => AssessmentBenchmarks.WithOrganDoses,
        "findings" => AssessmentBenchmarks.WithFindings,
        _ => AssessmentBenchmarks.Typical,
    };

    public static void Time(string which)
    {
        var request = Request(which);
        var assessor = PlanAssessor.Default;
        const int PerRound = 2_000;
        var rounds = new double[500];
        for (var warm = 0; warm < 5 * PerRound; warm++)
        {
            assessor.Assess(request);
        }

        for (var r = 0; r < rounds.Length; r++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < PerRound; i++)
            {
                assessor.Assess(request);
            }

            rounds[r] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalNanoseconds / PerRound;
        }

        Array.Sort(rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{which}: min {rounds[0]:0} ns, median {rounds[rounds.Length / 2]:0} ns per assessment"));
    }

    public static void Run(string which)
    {
        var request = Request(which);
        var assessor = PlanAssessor.Default;
        for (var i = 0; i < 10_000; i++)
        {
            assessor.Assess(request);
        }

        const int N = 2_000_000;
        using var listener = new TickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++)
        {
            assessor.Assess(request);
        }

        var perAssessment = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / N;
        listener.Dispose();
        var total = listener.Counts.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{which}: {perAssessment:0.0} bytes per assessment ({total} samples)"));
        foreach (var (type, count) in listener.Counts.OrderByDescending(p => p.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {perAssessment * count / total,7:0.0} B  {type}"));
        }
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, int> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            lock (Counts)
            {
                Counts[type] = Counts.GetValueOrDefault(type) + 1;
            }
        }
    }
}
