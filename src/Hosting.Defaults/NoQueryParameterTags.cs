using System.Diagnostics;
using OpenTelemetry;

namespace Groupus.Hosting.Defaults;

/// <summary>
/// Drops db.query.parameter.* from every span before it is exported: parameter values are personal data (names,
/// numbers, addresses), and EF Core's instrumentation records them when its experimental switch
/// (OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS) is on. Statements keep their text, whose literals
/// the instrumentation replaces with placeholders.
/// </summary>
internal sealed class NoQueryParameterTags : BaseProcessor<Activity>
{
    private const string Prefix = "db.query.parameter.";

    public override void OnEnd(Activity data)
    {
        List<string>? parameters = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                (parameters ??= []).Add(tag.Key);
            }
        }

        parameters?.ForEach(key => data.SetTag(key, null));
    }
}
