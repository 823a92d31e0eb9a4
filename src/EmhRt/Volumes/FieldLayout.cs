using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>
/// How the separate CTV segments of a plan fall into treatment fields: each segment's target (its PTV, or the CTV
/// segment itself without a PTV margin) runs from its superior to its inferior border; targets that overlap or touch
/// form one field; the others are separate fields with a gap between them. Lengths in mm, population estimate unless
/// the geometry is the patient's.
/// </summary>
/// <param name="FieldLengthsMm">Length of each field's target, cranial first (mm).</param>
/// <param name="FieldTexts">The CTV segments of each field, e.g. <c>T4-T9</c> or <c>T4-T7, T9-T12</c>.</param>
/// <param name="GapsMm">
/// Distance between consecutive segment targets (mm), one per gap between CTV segments; negative when they overlap.
/// </param>
/// <param name="EnvelopeMm">From the superior border of the first target to the inferior border of the last (mm).</param>
internal sealed record FieldLayout(ImmutableArray<double> FieldLengthsMm, ImmutableArray<string> FieldTexts, ImmutableArray<double> GapsMm, double EnvelopeMm)
{
    /// <summary>
    /// The layout of <paramref name="ctv"/> with the given superior and inferior margins (0 without a PTV); null when the
    /// geometry does not measure every segment.
    /// </summary>
    public static FieldLayout? Of(ClinicalTargetVolume ctv, double superiorMm, double inferiorMm, SpineGeometry geometry) =>
        TryMeasure(ctv, superiorMm, inferiorMm, geometry, out var lengths, out var texts, out var gaps, out var envelope)
            ? new FieldLayout(lengths, texts, gaps, envelope)
            : null;

    /// <summary>
    /// The parts of <see cref="Of"/> without the record (what an assessment keeps: its facts hold the arrays); false when
    /// the geometry does not measure every segment. Arrays of the exact size, no intermediate lists.
    /// </summary>
    internal static bool TryMeasure(
        ClinicalTargetVolume ctv, double superiorMm, double inferiorMm, SpineGeometry geometry,
        out ImmutableArray<double> fieldLengthsMm, out ImmutableArray<string> fieldTexts, out ImmutableArray<double> gapsMm, out double envelopeMm)
    {
        var segments = ctv.Segments;
        foreach (var segment in segments)
        {
            if (!geometry.Covers(segment))
            {
                (fieldLengthsMm, fieldTexts, gapsMm, envelopeMm) = (default, default, default, 0);
                return false;
            }
        }

        envelopeMm = geometry.BottomOf(segments[^1].Caudal) + inferiorMm - (geometry.TopOf(segments[0].Cranial) - superiorMm);
        if (segments.Length == 1)
        {
            // One segment, one field: its text is the CTV's (kept by the CTV).
            var length = geometry.BottomOf(segments[0].Caudal) + inferiorMm - (geometry.TopOf(segments[0].Cranial) - superiorMm);
            fieldLengthsMm = ImmutableCollectionsMarshal.AsImmutableArray(new[] { length });
            fieldTexts = ImmutableCollectionsMarshal.AsImmutableArray(new[] { ctv.ToString() });
            gapsMm = [];
            return true;
        }

        // Field k runs from segment firsts[k] to the segment before firsts[k + 1].
        Span<double> lengths = stackalloc double[segments.Length];
        Span<int> firsts = stackalloc int[segments.Length + 1];
        var gaps = new double[segments.Length - 1];
        var fieldTop = geometry.TopOf(segments[0].Cranial) - superiorMm;
        var fieldBottom = geometry.BottomOf(segments[0].Caudal) + inferiorMm;
        var count = 0;
        for (var i = 1; i < segments.Length; i++)
        {
            var top = geometry.TopOf(segments[i].Cranial) - superiorMm;
            var bottom = geometry.BottomOf(segments[i].Caudal) + inferiorMm;
            gaps[i - 1] = top - fieldBottom;
            if (top <= fieldBottom)
            {
                fieldBottom = Math.Max(fieldBottom, bottom);
                continue;
            }

            lengths[count] = fieldBottom - fieldTop;
            firsts[++count] = i;
            fieldTop = top;
            fieldBottom = bottom;
        }

        lengths[count] = fieldBottom - fieldTop;
        firsts[++count] = segments.Length;
        var texts = new string[count];
        for (var k = 0; k < count; k++)
        {
            texts[k] = SpineNotation.Format(segments.AsSpan(firsts[k], firsts[k + 1] - firsts[k]).ToArray());
        }

        fieldLengthsMm = ImmutableCollectionsMarshal.AsImmutableArray(lengths[..count].ToArray());
        fieldTexts = ImmutableCollectionsMarshal.AsImmutableArray(texts);
        gapsMm = ImmutableCollectionsMarshal.AsImmutableArray(gaps);
        return true;
    }
}
