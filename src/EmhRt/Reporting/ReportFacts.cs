using EmhRt.Literature;
using EmhRt.Planning;
using EmhRt.Protocol;
using EmhRt.Volumes;

namespace EmhRt.Reporting;

/// <summary>Small derived facts and stable names shared by the report formats.</summary>
internal static class ReportFacts
{
    /// <summary>Stable camelCase name of a border location.</summary>
    public static string LocationName(BorderLocation location) => location switch
    {
        BorderLocation.WithinLevel => "withinLevel",
        BorderLocation.CranialToC1 => "cranialToC1",
        BorderLocation.CaudalToCoccyx => "caudalToCoccyx",
        BorderLocation.CranialToMeasuredRange => "cranialToMeasuredRange",
        _ => "caudalToMeasuredRange",
    };

    /// <summary>Stable camelCase name of an outcome category.</summary>
    public static string OutcomeName(OutcomeCategory outcome) => outcome switch
    {
        OutcomeCategory.CompleteResponse => "completeResponse",
        OutcomeCategory.NearCompleteResponse => "nearCompleteResponse",
        OutcomeCategory.PartialResponse => "partialResponse",
        OutcomeCategory.NoImprovement => "noImprovement",
        _ => "notReported",
    };

    /// <summary>Readable outcome for the text report.</summary>
    public static string OutcomeText(OutcomeCategory outcome) => outcome switch
    {
        OutcomeCategory.CompleteResponse => "complete response",
        OutcomeCategory.NearCompleteResponse => "near-complete response",
        OutcomeCategory.PartialResponse => "partial response",
        OutcomeCategory.NoImprovement => "no improvement",
        _ => "outcome not reported",
    };

    /// <summary>
    /// CTV length (sum of the segments, treated levels only) and extent (top of the first segment to the bottom
    /// of the last, gaps included), mm; null when the geometry does not measure the CTV.
    /// </summary>
    public static void CtvLengths(PlanAssessment a, out double? lengthMm, out double? extentMm)
    {
        if (a.Ptv is { } ptv)
        {
            lengthMm = ptv.CtvTotalLengthMm;
            extentMm = ptv.CtvExtentMm;
            return;
        }

        lengthMm = a.Ctv.LengthMm(a.Geometry);
        extentMm = lengthMm is null ? null : a.Ctv.ExtentMm(a.Geometry);
    }

    /// <summary>Whether the PTV fits one field of the protocol's single-field length.</summary>
    public static bool FitsSingleField(PlanAssessment a, PlanningTargetVolume ptv)
    {
        var layout = Fields(a, ptv);
        var limit = a.Protocol.SingleFieldLengthMm - (2 * a.Protocol.FieldMarginMm);
        return layout is null ? ptv.PtvLengthMm <= limit : layout.FieldLengthsMm.All(l => l <= limit);
    }

    /// <summary>The plan's fields (PTVs grouped where they overlap), as the finding rules see them.</summary>
    public static FieldLayout? Fields(PlanAssessment a, PlanningTargetVolume ptv) =>
        FieldLayout.Of(a.Ctv, ptv.Margin.SuperiorMm, ptv.Margin.InferiorMm, a.Geometry);

    /// <summary>The model-derived myelopathy risk in percent.</summary>
    public static double? ModelRiskPercent(PlanAssessment a) => a.Cord.ModelDerivedRisk * 100.0;

    /// <summary>What the canal holds at re-irradiation level <paramref name="index"/>: spinal cord, or cauda equina below the protocol's conus level.</summary>
    public static string LevelTissue(Reirradiation.ReirradiationAssessment re, int index)
    {
        foreach (var level in re.Levels)
        {
            if (level.LevelIndex == index)
            {
                return level.IsCaudaEquina ? Planning.TissueDose.CaudaEquina : Planning.TissueDose.SpinalCord;
            }
        }

        return Planning.TissueDose.SpinalCord;
    }
}
