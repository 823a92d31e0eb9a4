using System.Collections.Immutable;

namespace EmhRt.Organs;

/// <summary>
/// The organs that usually lie next to the irradiated levels (the PTV of each CTV segment, or the CTV without a PTV margin,
/// and any proposed treated span), each with its cited threshold, and the share of active marrow in those levels.
/// Decision support only: the organ's real dose comes from the planning system.
/// </summary>
/// <param name="IrradiatedLevels">The irradiated levels as text, e.g. <c>T10-L3</c>.</param>
/// <param name="Organs">The organs, in <see cref="OrganAtRisk"/> order.</param>
/// <param name="ActiveMarrow">The active-marrow share of the irradiated levels.</param>
public sealed record OrgansAtRisk(string IrradiatedLevels, ImmutableArray<OrganNearField> Organs, ActiveMarrow ActiveMarrow)
{
    /// <summary>The irradiated levels as text, e.g. <c>T10-L3</c>.</summary>
    public string IrradiatedLevels { get; init; } = IrradiatedLevels ?? throw new ArgumentNullException(nameof(IrradiatedLevels));

    /// <summary>The active-marrow share of the irradiated levels.</summary>
    public ActiveMarrow ActiveMarrow { get; init; } = ActiveMarrow ?? throw new ArgumentNullException(nameof(ActiveMarrow));

    /// <summary>
    /// The organ doses measured in the planning system (<see cref="Planning.PlanRequest.OrganDoses"/>), in request order, each
    /// with its cited constraint and whether it is above it; empty when none was given. Any measured organ is listed, near
    /// the field or not.
    /// </summary>
    public ImmutableArray<MeasuredOrganDose> MeasuredDoses { get; init; } = [];
}
