using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;

namespace EmhRt.Tests.Reporting.Html;

/// <summary>The HTML page of one plan, parsed with AngleSharp: every part, escaping, CSP, no URL, the embedded JSON.</summary>
public class PlanHtmlReportTests
{
    private static readonly IDocument Seed003 = HtmlCases.Page(HtmlCases.Seed003Treated());

    private static readonly IDocument Reirradiation = HtmlCases.Page(HtmlCases.Reirradiation());

    // ---------------------------------------------------------------- head, header, verdict

    [Fact]
    public void Page_declares_language_charset_title_and_the_content_security_policy()
    {
        Assert.Equal("en", Seed003.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", Seed003.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal("EMH radiotherapy plan check: case 003 (T4-T9)", Seed003.Title);
        var csp = Assert.Single(Seed003.QuerySelectorAll("meta[http-equiv]"));
        Assert.Equal("Content-Security-Policy", csp.GetAttribute("http-equiv"));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", csp.GetAttribute("content"));
    }

    [Fact]
    public void Header_shows_label_time_tool_protocol_and_the_disclaimer()
    {
        var header = Seed003.QuerySelector("header")!;
        Assert.Equal("EMH radiotherapy plan check: case 003", header.QuerySelector("h1")!.TextContent);
        Assert.Equal("Decision support, does not replace clinical judgement.", header.QuerySelector(".disclaimer")!.TextContent);
        var items = header.QuerySelectorAll("dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToArray();
        Assert.Equal(
            [
                ("Assessed", "2026-12-01T09:00:00Z"), ("Tool", "emhrt 1.2.3-test"), ("Protocol", "emh-default 1.3.0"),
                ("Protocol SHA-256", EmhRt.Protocol.EmhProtocol.Default.Sha256),
            ],
            items);
    }

    [Fact]
    public void Without_label_or_time_the_header_says_so()
    {
        var page = HtmlCases.Page(HtmlCases.Seed003Treated(), HtmlReportOptions.Default);
        Assert.Equal("EMH radiotherapy plan check", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("EMH radiotherapy plan check (T4-T9)", page.Title);
        Assert.Contains(page.QuerySelectorAll("header dd"), dd => dd.TextContent == "not recorded");
    }

    [Fact]
    public void Verdict_banner_comes_right_after_the_header_with_icon_words_and_counts()
    {
        var body = Seed003.Body!;
        var top = body.FirstElementChild!;
        Assert.Equal(["HEADER", "SECTION"], top.Children.Select(c => c.TagName).ToArray());
        var verdict = top.Children[1];
        Assert.Equal("verdict", verdict.Id);
        Assert.Contains("info", verdict.ClassList);
        Assert.NotNull(verdict.QuerySelector("svg.icon[aria-hidden=true]"));
        Assert.Equal("Verdict: No warning or caution", verdict.QuerySelector("h2")!.TextContent);
        Assert.Equal("0 warnings, 0 cautions, 3 info (highest severity: info)", verdict.QuerySelector(".counts")!.TextContent);
    }

    [Fact]
    public void Verdict_of_a_warning_plan_names_the_warning_in_words()
    {
        var assessment = ReportingCases.SingleFraction();
        var page = HtmlCases.Page(assessment);
        var verdict = page.GetElementById("verdict")!;
        Assert.Contains("warning", verdict.ClassList);
        Assert.Equal("Verdict: Warning: review before treating", verdict.QuerySelector("h2")!.TextContent);
        var warnings = assessment.Findings.Count(f => f.Severity == Severity.Warning);
        Assert.True(warnings > 1);
        Assert.StartsWith(warnings.ToString(CultureInfo.InvariantCulture) + " warnings, ", verdict.QuerySelector(".counts")!.TextContent, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- findings and citations

    [Fact]
    public void Findings_are_listed_warnings_first_with_code_message_and_citations()
    {
        var assessment = ReportingCases.SingleFraction();
        var page = HtmlCases.Page(assessment);
        var items = page.QuerySelectorAll("#findings li");
        Assert.Equal(assessment.Findings.Length, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var finding = assessment.Findings[i];
            Assert.Equal(finding.Code, items[i].QuerySelector("code")!.TextContent);
            Assert.Equal(SeverityText.Format(finding.Severity).ToUpperInvariant(), items[i].QuerySelector(".sev")!.TextContent);
            Assert.Contains(finding.Message, items[i].TextContent, StringComparison.Ordinal);
            Assert.Equal(finding.Citations.Length, items[i].QuerySelectorAll("a.cite").Length);
        }

        var severities = assessment.Findings.Select(f => f.Severity).ToArray();
        Assert.Equal(severities.OrderByDescending(s => s).ToArray(), severities);
        Assert.Equal(Severity.Warning, severities[0]);
    }

    [Fact]
    public void Every_citation_number_links_to_its_reference_in_the_bibliography()
    {
        foreach (var page in new[] { Seed003, Reirradiation })
        {
            var references = page.QuerySelectorAll("#references li");
            Assert.NotEmpty(references);
            for (var i = 0; i < references.Length; i++)
            {
                Assert.Equal("ref-" + (i + 1).ToString(CultureInfo.InvariantCulture), references[i].Id);
            }

            foreach (var link in page.QuerySelectorAll("a.cite"))
            {
                var target = page.GetElementById(link.GetAttribute("href")![1..]);
                Assert.NotNull(target);
                Assert.Equal("[" + target.Id![4..] + "]", link.TextContent);
                Assert.Equal(link.GetAttribute("title"), target.QuerySelector(".key")!.TextContent);
            }
        }

        // Numbered in order of first citation: the first finding's first citation is [1].
        Assert.Equal("[1]", Seed003.QuerySelector("#findings a.cite")!.TextContent);
        Assert.Equal("munn1998", Seed003.QuerySelector("#ref-1 .key")!.TextContent);
    }

    // ---------------------------------------------------------------- structure and accessibility

    [Fact]
    public void Headings_start_at_h1_and_never_skip_a_level()
    {
        foreach (var page in new[] { Seed003, Reirradiation })
        {
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToArray();
            Assert.Equal(1, levels[0]);
            Assert.Single(levels, l => l == 1);
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, "heading level jumps from h" + levels[i - 1] + " to h" + levels[i]);
            }
        }
    }

    [Fact]
    public void Element_ids_are_unique()
    {
        foreach (var page in new[] { Seed003, Reirradiation, HtmlCases.Page(ReportingCases.SingleFraction()), HtmlCases.Page(HtmlCases.TwoSegmentsVariantAnatomy()) })
        {
            var ids = page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_table_has_a_caption_and_every_header_cell_a_scope()
    {
        foreach (var page in new[] { Seed003, Reirradiation })
        {
            var tables = page.QuerySelectorAll("table");
            Assert.True(tables.Length >= 5, tables.Length + " tables");
            foreach (var table in tables)
            {
                Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), table.OuterHtml[..Math.Min(80, table.OuterHtml.Length)]);
                Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
            }
        }
    }

    [Fact]
    public void The_tables_hold_regimen_biological_doses_and_cord_from_the_assessment()
    {
        var a = HtmlCases.Seed003Treated();
        var regimen = Rows(Seed003, "#regimen");
        Assert.Contains(["Total dose", "20 Gy"], regimen);
        Assert.Contains(["Fractions", "10"], regimen);
        Assert.Contains(["Dose per fraction", "2 Gy"], regimen);
        var bio = Rows(Seed003, "#radiobiology");
        Assert.Equal(["EMH", "10 Gy", "24.0 Gy₁₀", "20.0 Gy", "assumption (no published α/β for EMH tissue)"], bio[1]);
        Assert.Equal(["spinal cord", "2 Gy", "40.0 Gy₂", "20.0 Gy", "nieder2006[13]"], bio[2]);
        Assert.Equal(a.Cord.Assumption, Seed003.QuerySelector(".cord-assumption")!.TextContent);
        Assert.Contains("Cord EQD2 20.0 Gy", Seed003.GetElementById("dose")!.TextContent, StringComparison.Ordinal);
        var volumes = Rows(Seed003, "#volumes");
        Assert.Contains(volumes, r => r[0] == "PTV" && r[1].Contains("superior border in T3, 13.3 mm below its top", StringComparison.Ordinal));
        Assert.Contains(volumes, r => r[0] == "Treated span" && r[1].StartsWith("T3-T9", StringComparison.Ordinal));
    }

    [Fact]
    public void Reirradiation_tables_list_the_courses_and_the_cord_bed_per_level()
    {
        var a = HtmlCases.Reirradiation();
        var courses = Rows(Reirradiation, "#courses");
        Assert.Equal(a.Reirradiation!.Courses.Length + 1, courses.Count);
        Assert.Contains(courses, r => r[0] == "prior course 1" && r[1] == "2023-01-10" && r[2] == "30 Gy/15");
        var levels = Rows(Reirradiation, "#reirradiation-levels");
        Assert.Equal(a.Reirradiation.Levels.Length + 1, levels.Count);
        var max = a.Reirradiation.Levels.MaxBy(l => l.CumulativeBed.Gy)!;
        Assert.Contains(levels, r => r[0] == a.LevelAt(max.LevelIndex).ToString() && r[1] == "spinal cord" && r[2] == HtmlText.Fixed(max.CumulativeBedGy2.Gy, 1) + " Gy₂" && r[4] == HtmlText.Fixed(max.CumulativeBed.Gy, 1) + " " + BedUnitText.Format(max.AlphaBeta.Gy));
        Assert.Contains("full overlap with this course assumed", Reirradiation.GetElementById("spine-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_month_grids_mark_treatment_days_and_holidays_with_symbols()
    {
        var months = Reirradiation.QuerySelectorAll("table.month");
        Assert.Equal(["December 2026", "January 2027"], months.Select(m => m.QuerySelector("caption")!.TextContent).ToArray());
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], months[0].QuerySelectorAll("thead th").Select(t => t.TextContent).ToArray());
        var treated = Reirradiation.QuerySelectorAll("td.treat");
        Assert.Equal(15, treated.Length);
        Assert.All(treated, td => Assert.Contains("■", td.TextContent, StringComparison.Ordinal));
        Assert.Equal("14■ 1", treated[0].TextContent);
        Assert.Equal("4■ 15", treated[^1].TextContent);
        var christmas = Assert.Single(Reirradiation.QuerySelectorAll("td.holiday"));
        Assert.Equal("25×", christmas.TextContent);
        // December 2026 starts on a Tuesday: one empty cell first.
        Assert.Equal(string.Empty, months[0].QuerySelector("tbody td")!.TextContent);
    }

    // ---------------------------------------------------------------- spine diagram

    [Fact]
    public void Spine_diagram_is_an_accessible_image_with_title_description_and_text_alternative()
    {
        var svg = Seed003.QuerySelector("#spine svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelled = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("title", Seed003.GetElementById(labelled[0])!.LocalName);
        Assert.Equal("desc", Seed003.GetElementById(labelled[1])!.LocalName);
        Assert.Contains("Lesion T5-T8", Seed003.GetElementById(labelled[1])!.TextContent, StringComparison.Ordinal);
        var alternative = Seed003.QuerySelectorAll("#spine-text li").Select(li => li.TextContent).ToArray();
        Assert.Equal(4, alternative.Length);
        Assert.StartsWith("PTV: 185.0 to 345.0 mm; superior border in T3, 13.3 mm below its top", alternative[2], StringComparison.Ordinal);
        Assert.NotNull(Seed003.QuerySelector("#spine figcaption"));
        Assert.NotNull(svg.QuerySelector("g.legend"));
    }

    [Fact]
    public void Spine_diagram_draws_every_vertebra_to_scale_in_millimetres()
    {
        var a = HtmlCases.Seed003Treated();
        var blocks = Seed003.QuerySelectorAll("#spine rect.vertebra");
        Assert.Equal(a.Request.Patient.Anatomy.LevelCount, blocks.Length);
        Assert.Equal("C1", blocks[0].GetAttribute("data-level"));
        Assert.Equal("Co", blocks[^1].GetAttribute("data-level"));
        double Y(string level) => double.Parse(blocks.First(b => b.GetAttribute("data-level") == level).GetAttribute("y")!, CultureInfo.InvariantCulture);
        var t4 = EmhRt.Spine.VertebralLevel.Thoracic(4);
        var l1 = EmhRt.Spine.VertebralLevel.Lumbar(1);
        Assert.Equal(a.Geometry.TopOf(l1) - a.Geometry.TopOf(t4), Y("L1") - Y("T4"), 2);
        // Each block is its level's height less the disc gap.
        foreach (var block in blocks)
        {
            var height = double.Parse(block.GetAttribute("height")!, CultureInfo.InvariantCulture);
            Assert.InRange(height, 10, 40);
        }

        // The PTV bar spans exactly the PTV length.
        var ptv = Seed003.QuerySelector("g.column[data-column=PTV] rect")!;
        Assert.Equal(a.Ptv!.PtvLengthMm, double.Parse(ptv.GetAttribute("height")!, CultureInfo.InvariantCulture), 2);
        Assert.Equal(Y("C1") + a.Ptv.PtvTopMm, double.Parse(ptv.GetAttribute("y")!, CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public void Spine_diagram_has_columns_for_lesion_ctv_ptv_treated_span_and_labelled_ptv_borders()
    {
        var columns = Seed003.QuerySelectorAll("#spine g.column").Select(g => g.GetAttribute("data-column")!).ToArray();
        Assert.Equal(["lesion", "CTV", "PTV", "treated"], columns);
        var fills = Seed003.QuerySelectorAll("#spine g.column rect").Select(r => r.GetAttribute("fill")!).Distinct().ToArray();
        Assert.Equal(["url(#pat-lesion)", "url(#pat-ctv)", "url(#pat-ptv)", "url(#pat-treated)"], fills);
        Assert.Equal(5, Seed003.QuerySelectorAll("#spine pattern").Length);
        var borders = Seed003.QuerySelectorAll("#spine g.ptv-borders text").Select(t => t.TextContent).ToArray();
        Assert.Equal(["PTV superior border: in T3, 13.3 mm below its top", "PTV inferior border: in T10, 10.0 mm below its top"], borders);
        var ruler = Assert.Single(Seed003.QuerySelectorAll("#spine g.field-ruler"));
        Assert.Equal("400", ruler.GetAttribute("data-length-mm"));
    }

    [Fact]
    public void Spine_diagram_shows_each_prior_course_with_its_date()
    {
        var columns = Reirradiation.QuerySelectorAll("#spine g.column");
        var priors = columns.Where(c => c.GetAttribute("data-column")!.StartsWith("prior", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, priors.Length);
        Assert.Equal(["prior 1", "2023-01-10"], priors[0].QuerySelectorAll("text").Select(t => t.TextContent).ToArray());
        Assert.Equal(["prior 2", "2025-01-10"], priors[1].QuerySelectorAll("text").Select(t => t.TextContent).ToArray());
        Assert.Equal("url(#pat-prior)", priors[0].QuerySelector("rect")!.GetAttribute("fill"));
        Assert.Equal("3 2", priors[1].QuerySelector("rect")!.GetAttribute("stroke-dasharray"));
        Assert.Contains(Reirradiation.QuerySelectorAll("#spine-text li"), li => li.TextContent.StartsWith("Prior course 1 on 2023-01-10, 30 Gy/15: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Spine_diagram_draws_T13_and_L6_and_one_field_ruler_per_segment()
    {
        var a = HtmlCases.TwoSegmentsVariantAnatomy();
        var page = HtmlCases.Page(a);
        var levels = page.QuerySelectorAll("#spine rect.vertebra").Select(r => r.GetAttribute("data-level")).ToArray();
        Assert.Contains("T13", levels);
        Assert.Contains("L6", levels);
        Assert.Equal(7 + 13 + 6 + 5 + 1, levels.Length);
        Assert.Equal(2, page.QuerySelectorAll("#spine g.field-ruler").Length);
        Assert.Equal(2, page.QuerySelectorAll("#spine g.column[data-column=PTV] rect").Length);
        Assert.Equal(2, page.QuerySelectorAll("#spine g.column[data-column=CTV] rect").Length);
    }

    [Fact]
    public void Spine_diagram_of_a_patient_geometry_draws_only_the_measured_levels_with_their_own_gaps()
    {
        var a = HtmlCases.PatientGeometry();
        var page = HtmlCases.Page(a);
        var blocks = page.QuerySelectorAll("#spine rect.vertebra");
        Assert.Equal(14, blocks.Length);
        Assert.Equal(["T1", "L2"], new[] { blocks[0].GetAttribute("data-level")!, blocks[^1].GetAttribute("data-level")! });
        Assert.All(blocks, b => Assert.Equal("30", b.GetAttribute("height")));
        var y0 = double.Parse(blocks[0].GetAttribute("y")!, CultureInfo.InvariantCulture);
        var y1 = double.Parse(blocks[1].GetAttribute("y")!, CultureInfo.InvariantCulture);
        Assert.Equal(36, y1 - y0, 6);
        var ptv = page.QuerySelector("g.column[data-column=PTV] rect")!;
        Assert.Equal(a.Ptv!.PtvLengthMm, double.Parse(ptv.GetAttribute("height")!, CultureInfo.InvariantCulture), 2);
        Assert.Contains("patient geometry", page.QuerySelector("#spine figcaption")!.TextContent, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- literature

    [Fact]
    public void Literature_chart_plots_every_published_regimen_by_outcome_and_highlights_the_plan()
    {
        var a = HtmlCases.Seed003Treated();
        var svg = Seed003.QuerySelector("#literature-chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        var markers = svg.QuerySelectorAll("g.cases > circle, g.cases > rect, g.cases > path");
        Assert.Equal(a.Literature.CasesWithKnownRegimen, markers.Length);
        var labels = string.Join(" | ", svg.QuerySelectorAll("g.cases text").Select(t => t.TextContent));
        foreach (var comparison in a.Literature.Nearest)
        {
            Assert.Contains(LiteratureChartSvg.CaseName(comparison.Case), labels, StringComparison.Ordinal);
        }

        Assert.Contains("Rice 1980", labels, StringComparison.Ordinal);
        Assert.Equal("this plan, 20 Gy/10: EQD2 20.0 Gy", svg.QuerySelector("g.plan text")!.TextContent);
        Assert.Equal(6, svg.QuerySelectorAll("g.legend text").Length);
        Assert.Equal(a.Literature.CasesWithKnownRegimen + 1, Seed003.QuerySelectorAll("#literature-cases tr").Length);
    }

    // ---------------------------------------------------------------- review, print, data

    [Fact]
    public void Review_block_asks_for_reviewer_date_and_signature()
    {
        var terms = Seed003.QuerySelectorAll("#review dt").Select(d => d.TextContent).ToArray();
        Assert.Equal(["Reviewed by", "Date", "Signature"], terms);
    }

    [Fact]
    public void Print_styles_are_for_A4_with_backgrounds_and_header_and_verdict_kept_together()
    {
        var css = Seed003.QuerySelector("style")!.TextContent;
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", css, StringComparison.Ordinal);
        Assert.Contains("print-color-adjust:exact", css, StringComparison.Ordinal);
        Assert.Contains(".top{break-inside:avoid", css, StringComparison.Ordinal);
        Assert.Equal("top", Seed003.Body!.FirstElementChild!.ClassName);
    }

    [Fact]
    public void Embedded_json_is_the_json_report_byte_for_byte()
    {
        foreach (var a in new[] { HtmlCases.Seed003Treated(), HtmlCases.Reirradiation() })
        {
            var page = HtmlCases.Page(a);
            var script = page.GetElementById("emhrt-data")!;
            Assert.Equal("application/json", script.GetAttribute("type"));
            var expected = PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: true) + "\n";
            Assert.Equal(expected, EmbeddedJson.Unescape(script.TextContent));
            using var document = JsonDocument.Parse(script.TextContent);
            Assert.Equal("emhrt", document.RootElement.GetProperty("tool").GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Embedded_json_cannot_end_its_script_block()
    {
        const string json = "{\"a\": \"</script><script>alert(1)</script> <!-- x\"}";
        var escaped = EmbeddedJson.Escape(json);
        Assert.DoesNotContain("</", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", escaped, StringComparison.Ordinal);
        Assert.Equal(json, EmbeddedJson.Unescape(escaped));
        using var original = JsonDocument.Parse(json);
        using var parsed = JsonDocument.Parse(escaped);
        Assert.Equal(original.RootElement.GetProperty("a").GetString(), parsed.RootElement.GetProperty("a").GetString());
    }

    // ---------------------------------------------------------------- safety

    [Fact]
    public void Label_with_markup_appears_as_text_and_adds_no_element()
    {
        const string label = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quoted\"";
        var html = HtmlCases.Html(HtmlCases.Seed003Treated(), HtmlCases.Options with { Label = label });
        var page = HtmlCases.Parse(html);
        Assert.Equal("EMH radiotherapy plan check: " + label, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(label, page.Title, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_id_and_version_with_markup_appear_as_text()
    {
        var protocol = EmhRt.Protocol.EmhProtocol.Default with { Id = "<i>local</i>", Version = "1 & \"2\"" };
        var a = new PlanAssessor(protocol).Assess(HtmlCases.Seed003Treated().Request);
        var html = HtmlCases.Html(a);
        var page = HtmlCases.Parse(html);
        Assert.Contains(page.QuerySelectorAll("header dd"), dd => dd.TextContent == "<i>local</i> 1 & \"2\"");
        Assert.Empty(page.QuerySelectorAll("i"));
        Assert.Equal(a.Protocol.Id, JsonDocument.Parse(page.GetElementById("emhrt-data")!.TextContent).RootElement.GetProperty("protocol").GetProperty("id").GetString());
    }

    [Fact]
    public void The_only_script_is_the_json_data_block_and_no_element_has_an_event_handler()
    {
        foreach (var page in new[] { Seed003, Reirradiation })
        {
            var script = Assert.Single(page.QuerySelectorAll("script"));
            Assert.Equal("emhrt-data", script.Id);
            Assert.Equal("application/json", script.GetAttribute("type"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void No_url_appears_other_than_in_page_anchors()
    {
        foreach (var page in new[] { Seed003, Reirradiation, HtmlCases.Page(HtmlCases.TwoSegmentsVariantAnatomy()) })
        {
            var ids = page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    var value = attribute.Value;
                    if (attribute.LocalName is "href" or "src" or "action" or "srcset" or "poster" or "data" or "formaction")
                    {
                        Assert.StartsWith("#", value, StringComparison.Ordinal);
                        Assert.Contains(value[1..], ids);
                    }

                    foreach (var reference in UrlReferences(value))
                    {
                        Assert.StartsWith("#", reference, StringComparison.Ordinal);
                        Assert.Contains(reference[1..], ids);
                    }

                    Assert.DoesNotContain("://", value, StringComparison.Ordinal);
                    Assert.DoesNotContain("xmlns", attribute.Name, StringComparison.Ordinal);
                }
            }

            var html = page.DocumentElement.OuterHtml;
            Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("//", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> UrlReferences(string value)
    {
        var start = 0;
        while ((start = value.IndexOf("url(", start, StringComparison.Ordinal)) >= 0)
        {
            var end = value.IndexOf(')', start);
            yield return value[(start + 4)..end];
            start = end;
        }
    }

    // ---------------------------------------------------------------- determinism, size, colour

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    public void Page_is_byte_identical_in_every_culture(string culture)
    {
        string Render() => HtmlCases.Html(HtmlCases.Reirradiation()) + HtmlCases.Html(HtmlCases.TwoSegmentsVariantAnatomy());
        var invariant = ReportingCases.InCulture("en-US", Render);
        Assert.Equal(invariant, ReportingCases.InCulture(culture, Render));
        Assert.Equal(invariant, Render());
        Assert.Contains("24.0 Gy", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_of_the_largest_plan_stays_within_the_size_budget()
    {
        var html = HtmlCases.Html(HtmlCases.Largest());
        var bytes = Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < PlanHtmlReport.SizeBudgetBytes, bytes + " bytes");
        Assert.Equal(204_800, PlanHtmlReport.SizeBudgetBytes);
        Assert.True(Encoding.UTF8.GetByteCount(HtmlCases.Html(HtmlCases.Seed003Treated())) < 100 * 1024);
        var page = HtmlCases.Parse(html);
        Assert.Equal(3, page.QuerySelectorAll("#spine g.column").Count(g => g.GetAttribute("data-column")!.StartsWith("prior", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_text_colour_has_a_contrast_of_at_least_4_5_to_1()
    {
        foreach (var (foreground, background) in HtmlPalette.TextPairs)
        {
            var ratio = Contrast(foreground, background);
            Assert.True(ratio >= 4.5, foreground + " on " + background + ": " + ratio.ToString("0.00", CultureInfo.InvariantCulture));
        }

        Assert.Equal(21, Contrast("#000000", "#ffffff"), 3);
    }

    [Fact]
    public void Page_uses_only_palette_colours_for_text()
    {
        var allowed = HtmlPalette.TextPairs.Select(p => p.Foreground.ToUpperInvariant()).Append("#FFF").ToHashSet(StringComparer.Ordinal);
        foreach (var text in Seed003.QuerySelectorAll("svg text"))
        {
            Assert.Contains(text.GetAttribute("fill")!.ToUpperInvariant(), allowed);
        }
    }

    /// <summary>WCAG 2.1 contrast ratio of two #rrggbb colours.</summary>
    internal static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int offset)
            {
                var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
        }

        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static List<string[]> Rows(IDocument page, string selector) =>
        [.. page.QuerySelector(selector)!.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())];
}
