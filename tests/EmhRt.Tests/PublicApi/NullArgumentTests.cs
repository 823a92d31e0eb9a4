using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Literature;
using EmhRt.Organs;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;
using EmhRt.Tests.Reporting;

namespace EmhRt.Tests.PublicApi;

/// <summary>
/// Nulls are checked at the boundary: every public constructor and method of the library, called with null for one
/// reference parameter that is not annotated nullable (every other argument a valid sample), throws
/// <see cref="ArgumentNullException"/> naming that parameter, never a <see cref="NullReferenceException"/> from deep inside.
/// </summary>
public class NullArgumentTests
{
    /// <summary>Members where a null is documented as allowed although the parameter is not annotated (none today).</summary>
    private static readonly HashSet<string> NullAllowed = new(StringComparer.Ordinal);

    /// <summary>
    /// Types whose files other changes own at the moment (issue 17: the reports move into <c>Reporting/</c>, the rules are
    /// split under <c>Findings/</c>); their null checks come with those changes. Listed by name so none is silently added.
    /// </summary>
    private static readonly HashSet<string> PendingElsewhere = new(StringComparer.Ordinal)
    {
        "NoneLeft",
    };

    /// <summary>A valid value of each type a public member takes (or is declared on), built fresh for every call.</summary>
    private static readonly Dictionary<Type, Func<object>> Samples = new()
    {
        [typeof(string)] = () => "T5-T8",
        [typeof(Fractionation)] = () => Fractionation.Parse("20 Gy/10").Value,
        [typeof(PlanRequest)] = ReportingCases.Seed003Request,
        [typeof(PlanAssessment)] = () => ReportingCases.Seed003WithPriorCourse(),
        [typeof(PlanAssessor)] = () => PlanAssessor.Default,
        [typeof(EmhProtocol)] = () => EmhProtocol.Default,
        [typeof(PlanInput)] = () => new PlanInput { Lesion = "T5-T8", DoseGy = 20, Fractions = 10 },
        [typeof(PatientDetails)] = () => PatientDetails.Unknown,
        [typeof(SpineGeometry)] = () => SpineGeometry.Population(Sex.Male, SpineAnatomy.Standard),
        [typeof(CaseLibrary)] = () => CaseLibrary.Default,
        [typeof(LiteratureCase)] = () => CaseLibrary.Default.All[0],
        [typeof(PriorCourse)] = () => new PriorCourse(Fractionation.Parse("30 Gy/15").Value, new DateOnly(2020, 1, 10)),
        [typeof(RecoveryModel)] = () => RecoveryModel.None,
        [typeof(ReirradiationOptions)] = () => ReirradiationOptions.Default,
        [typeof(HolidayList)] = () => HolidayList.Empty,
        [typeof(ToolIdentity)] = () => ReportingCases.Tool,
        [typeof(TextReportOptions)] = () => new TextReportOptions(),
        [typeof(HtmlReportOptions)] = () => new HtmlReportOptions(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(TextReader)] = () => new StringReader("level,height_mm\n"),
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(OrganDoseMeasurement)] = () => OrganDoseMeasurement.Parse("kidneys=mean:5").Value,
        [typeof(AlphaBeta)] = () => AlphaBeta.FromGy(10),
        [typeof(Dose)] = () => Dose.FromGy(2),
        [typeof(TreatmentDays)] = () => TreatmentDays.MondayToFriday,
        [typeof(ActiveMarrow)] = () => new ActiveMarrow(10, "T5-T8"),
        [typeof(QuantecPoint)] = () => SpinalCordTolerance.QuantecPoints[0],
        [typeof(RepopulationCorrection)] = () => new RepopulationCorrection(0.3, 28, 3),
        [typeof(BatchHtmlSummary)] = () => new BatchHtmlSummary(),
        [typeof(TreatmentCalendar)] = () => TreatmentCalendar.Weekdays,
        [typeof(TreatmentSchedule)] = () => TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 12, 7), Fractionation.Parse("20 Gy/10").Value),
        [typeof(ClinicalTargetVolume)] = () => ReportingCases.Seed003().Ctv,
        [typeof(PlanningTargetVolume)] = () => ReportingCases.Seed003().Ptv!,
        [typeof(TreatedSpanCoverage)] = () => TreatedSpanCoverage.Evaluate(
            [VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8))], [VertebralSpan.Create(VertebralLevel.Thoracic(4), VertebralLevel.Thoracic(9))], SpineAnatomy.Standard),
        [typeof(RescheduledTreatment)] = () => TreatmentCalendar.Weekdays.Reschedule(
            TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 12, 7), Fractionation.Parse("20 Gy/10").Value), [new DateOnly(2026, 12, 7)]),
        [typeof(EmhRt.Reporting.Cases.CasesQuery)] = () => new EmhRt.Reporting.Cases.CasesQuery(null, false, null, null, 10, true, null),
        [typeof(System.Text.Json.Utf8JsonWriter)] = () => new System.Text.Json.Utf8JsonWriter(new MemoryStream()),
    };

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var (member, _) in Cases())
        {
            data.Add(member);
        }

        return data;
    }

    [Fact]
    public void Every_public_member_with_a_reference_parameter_is_checked()
    {
        // The reflection below must see the library: at least the members the issue names.
        var names = Cases().Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(names, n => n.StartsWith("PlanAssessor.TryAssess(request", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("PriorCourse..ctor(fractionation", StringComparison.Ordinal));
        Assert.True(names.Count > 50, names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, PlanRequest> RequestsWithANullPart() => new()
    {
        // The example: TryAssess with a null regimen threw NullReferenceException.
        { "no regimen", ReportingCases.Seed003Request() with { Regimen = null! } },
        { "no patient", ReportingCases.Seed003Request() with { Patient = null! } },
        { "no holiday list", ReportingCases.Seed003Request() with { Holidays = null!, StartDate = new DateOnly(2026, 12, 7) } },
        { "no recovery model", ReportingCases.Seed003Request() with { Recovery = null!, StartDate = new DateOnly(2026, 12, 7) } },
        { "a null prior course", ReportingCases.Seed003Request() with { PriorCourses = [null!], StartDate = new DateOnly(2026, 12, 7) } },
    };

    [Theory]
    [MemberData(nameof(RequestsWithANullPart))]
    public void A_request_with_a_null_part_throws_ArgumentNullException_naming_the_request(string why, PlanRequest request)
    {
        var error = Assert.Throws<ArgumentNullException>(() => PlanAssessor.Default.TryAssess(request, out _, out _));
        Assert.True(error.ParamName == "request", why + ": " + error.ParamName);
        Assert.Throws<ArgumentNullException>(() => PlanAssessor.Default.Assess(request));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void A_null_argument_throws_ArgumentNullException_naming_it(string member)
    {
        var (_, call) = Cases().Single(c => c.Name == member);
        var thrown = call();
        if (thrown is not ArgumentNullException nullArgument)
        {
            Assert.Fail(member + " threw " + (thrown is null ? "nothing" : thrown.GetType().Name + ": " + thrown.Message));
            return;
        }

        Assert.Equal(member.Split('(')[1].Split(')')[0], nullArgument.ParamName);
    }

    /// <summary>One case per (member, non-nullable reference parameter): its name "Type.Member(parameter) #overload" and a call returning what it threw.</summary>
    private static IEnumerable<(string Name, Func<Exception?> Call)> Cases()
    {
        var nullability = new NullabilityInfoContext();
        foreach (var type in typeof(PlanAssessor).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (PendingElsewhere.Contains(type.Name) || type.IsEnum || type.IsInterface || typeof(Delegate).IsAssignableFrom(type) || type.ContainsGenericParameters)
            {
                continue;
            }

            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.IsDefined(typeof(CompilerGeneratedAttribute))))
                .Where(m => !(type.IsAbstract && m.IsConstructor))
                .ToList();
            var overloads = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var method in members)
            {
                var parameters = method.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && !p.IsOut)))
                {
                    continue;
                }

                var signature = type.Name + "." + method.Name + "(" + string.Join(",", parameters.Select(p => p.ParameterType.Name)) + ")";
                overloads[method.Name] = overloads.GetValueOrDefault(method.Name) + 1;
                foreach (var parameter in parameters)
                {
                    if (parameter.IsOut || parameter.ParameterType.IsValueType
                        || nullability.Create(parameter).WriteState != NullabilityState.NotNull
                        || NullAllowed.Contains(signature))
                    {
                        continue;
                    }

                    var name = type.Name + "." + method.Name + "(" + parameter.Name + ") " + signature;
                    yield return (name, () => Invoke(type, method, parameters, parameter));
                }
            }
        }
    }

    private static Exception? Invoke(Type type, MethodBase method, ParameterInfo[] parameters, ParameterInfo nulled)
    {
        var arguments = parameters.Select(p => p == nulled || p.IsOut ? null : Sample(p.ParameterType, p)).ToArray();
        try
        {
            if (method is ConstructorInfo constructor)
            {
                constructor.Invoke(arguments);
            }
            else
            {
                method.Invoke(method.IsStatic ? null : Sample(type, null), arguments);
            }

            return null;
        }
        catch (TargetInvocationException ex)
        {
            return ex.InnerException;
        }
    }

    private static object? Sample(Type type, ParameterInfo? parameter)
    {
        if (parameter is { HasDefaultValue: true } && parameter.DefaultValue is not null)
        {
            return parameter.DefaultValue;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, null);
        }

        if (Samples.TryGetValue(type, out var make))
        {
            return make();
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var element = type.GetGenericArguments()[0];
            if (definition == typeof(ImmutableArray<>))
            {
                return typeof(ImmutableArray).GetMethods().First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters().Length == 0)
                    .MakeGenericMethod(element).Invoke(null, null);
            }

            if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
            {
                return Array.CreateInstance(element, 0);
            }

            if (definition == typeof(Func<,>))
            {
                return null;
            }
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (type == typeof(object) || type == typeof(IEnumerable))
        {
            return "sample";
        }

        throw new InvalidOperationException("No sample of " + type + " for the null-argument test: add one to Samples.");
    }
}
