using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>A CTV margin that could not be applied in full because the spine ends (at C1 or at the coccyx).</summary>
/// <param name="LesionIndex">Zero-based index of the lesion in <see cref="ClinicalTargetVolume.Lesions"/>.</param>
/// <param name="Lesion">The lesion whose margin was cut short.</param>
/// <param name="Side">Which end of the spine cut the margin.</param>
/// <param name="MissingLevels">Levels of margin that could not be added (at least 1).</param>
public readonly record struct CtvClamp(int LesionIndex, VertebralSpan Lesion, CtvClampSide Side, int MissingLevels);
