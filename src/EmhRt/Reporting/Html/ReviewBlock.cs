using System.Text;

namespace EmhRt.Reporting.Html;

/// <summary>The block for the reviewing clinician: reviewed by, date, signature (empty lines to fill in on paper).</summary>
internal static class ReviewBlock
{
    /// <summary>Appends the block.</summary>
    public static void Append(StringBuilder html) =>
        html.Append("<section class=\"review\" id=\"review\" aria-labelledby=\"review-title\"><h2 id=\"review-title\" style=\"border:0;margin-top:0\">Review</h2>")
            .Append("<p>Decision support: the treating radiation oncologist and medical physicist decide.</p>")
            .Append("<dl><dt>Reviewed by</dt><dd></dd><dt>Date</dt><dd></dd><dt>Signature</dt><dd></dd></dl></section>\n");
}
