using System.Globalization;

namespace EmhRt.Reirradiation;

/// <summary>
/// Recovery credit between courses: an explicit, user-chosen model, always reported. The default is
/// <see cref="None"/> (no credit). No recovery model is validated (clinical-facts §6): tools use 0/25/50 % by
/// 6/12 months; partial repair appears about 6 months after RT and grows over 2 years (<c>kirkpatrick2010</c>).
/// </summary>
public sealed class RecoveryModel
{
    private RecoveryModel(double discount, int months)
    {
        DiscountFraction = discount;
        MinimumIntervalMonths = months;
    }

    /// <summary>No recovery credit: earlier courses count in full (the default).</summary>
    public static RecoveryModel None { get; } = new(0, 0);

    /// <summary>Fraction (0–1) by which an earlier course's BED is discounted when its interval qualifies.</summary>
    public double DiscountFraction { get; }

    /// <summary>Minimum interval in whole months (from the earlier course's date to the current start) for the discount.</summary>
    public int MinimumIntervalMonths { get; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => DiscountFraction == 0;

    /// <summary>The model in words, for reports.</summary>
    public string Description => IsNone
        ? "No recovery credit: earlier courses count in full."
        : string.Create(
            CultureInfo.InvariantCulture,
            $"User-chosen recovery credit (not validated): an earlier course's cord BED is discounted by {DiscountFraction * 100:0.##} % when it was given at least {MinimumIntervalMonths} months before the current course.");

    /// <summary>A user-chosen discount of an earlier course's BED when the interval is at least <paramref name="minimumIntervalMonths"/>.</summary>
    /// <param name="discountFraction">0–1 (e.g. 0.25 for 25 %).</param>
    /// <param name="minimumIntervalMonths">Whole months, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static RecoveryModel Discount(double discountFraction, int minimumIntervalMonths)
    {
        Guard.InRange(discountFraction, 0, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumIntervalMonths);
        return discountFraction == 0 ? None : new RecoveryModel(discountFraction, minimumIntervalMonths);
    }

    /// <summary>The fraction of an earlier course's BED still counted after <paramref name="intervalMonths"/> whole months (1 when no credit applies).</summary>
    /// <param name="intervalMonths">Whole months from the earlier course to the current start.</param>
    public double RetainedFraction(int intervalMonths) =>
        !IsNone && intervalMonths >= MinimumIntervalMonths ? 1 - DiscountFraction : 1;

    /// <inheritdoc/>
    public override string ToString() => Description;
}
