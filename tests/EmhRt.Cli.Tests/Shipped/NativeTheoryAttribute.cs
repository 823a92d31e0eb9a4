namespace EmhRt.Cli.Tests.Shipped;

/// <summary>
/// A theory that runs against the published native executable. Without <see cref="ShippedTool.NativeVariable"/> it is
/// skipped with the reason (never passed silently); under CI (<c>CI=true</c>) a missing binary is not skipped: the
/// test runs and fails, so that CI cannot lose the native suite unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute()
    {
        if (ShippedTool.NativeMissingReason is { } reason && !IsCi)
        {
            Skip = reason;
        }
    }

    internal static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A fact that runs against the published native executable; see <see cref="NativeTheoryAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (ShippedTool.NativeMissingReason is { } reason && !NativeTheoryAttribute.IsCi)
        {
            Skip = reason;
        }
    }
}
