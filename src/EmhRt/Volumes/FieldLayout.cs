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
    public static FieldLayout? Of(ClinicalTargetVolume ctv, double superiorMm, double inferiorMm, SpineGeometry geometry)
    {
        var segments = ctv.Segments;
        foreach (var segment in segments)
        {
            if (!geometry.Covers(segment))
            {
                return null;
            }
        }

        var lengths = new List<double>(1);
        var texts = new List<string>(1);
        var gaps = segments.Length > 1 ? new double[segments.Length - 1] : [];
        var fieldTop = geometry.TopOf(segments[0].Cranial) - superiorMm;
        var fieldBottom = geometry.BottomOf(segments[0].Caudal) + inferiorMm;
        var first = 0;
        for (var i = 1; i <= segments.Length; i++)
        {
            if (i < segments.Length)
            {
                var top = geometry.TopOf(segments[i].Cranial) - superiorMm;
                var bottom = geometry.BottomOf(segments[i].Caudal) + inferiorMm;
                gaps[i - 1] = top - fieldBottom;
                if (top <= fieldBottom)
                {
                    fieldBottom = Math.Max(fieldBottom, bottom);
                    continue;
                }

                Close(first, i);
                first = i;
                fieldTop = top;
                fieldBottom = bottom;
            }
            else
            {
                Close(first, i);
            }
        }

        var envelope = geometry.BottomOf(segments[^1].Caudal) + inferiorMm - (geometry.TopOf(segments[0].Cranial) - superiorMm);
        return new FieldLayout([.. lengths], [.. texts], ImmutableCollectionsMarshal.AsImmutableArray(gaps), envelope);

        void Close(int from, int to)
        {
            lengths.Add(fieldBottom - fieldTop);
            texts.Add(segments.Length == 1 ? segments[0].ToString() : SpineNotation.Format(segments.AsSpan(from, to - from).ToArray()));
        }
    }
}
