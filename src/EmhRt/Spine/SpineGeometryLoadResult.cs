using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace EmhRt.Spine;

/// <summary>The outcome of loading a patient geometry: the geometry, or every problem found.</summary>
public sealed class SpineGeometryLoadResult
{
    internal SpineGeometryLoadResult(SpineGeometry? geometry, ImmutableArray<SpineGeometryLoadError> errors)
    {
        Geometry = geometry;
        Errors = errors;
    }

    /// <summary>Whether the file was valid.</summary>
    [MemberNotNullWhen(true, nameof(Geometry))]
    public bool Success => Geometry is not null;

    /// <summary>The geometry, or <see langword="null"/> when there were errors.</summary>
    public SpineGeometry? Geometry { get; }

    /// <summary>All problems found (empty on success), in file order.</summary>
    public ImmutableArray<SpineGeometryLoadError> Errors { get; }
}
