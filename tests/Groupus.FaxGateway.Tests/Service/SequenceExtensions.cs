namespace Groupus.FaxGateway.Tests.Service;

internal static class SequenceExtensions
{
    /// <summary>The sequence with runs of equal neighbours collapsed to one: [a, a, b, a] → [a, b, a].</summary>
    public static IEnumerable<T> CollapseRuns<T>(this IEnumerable<T> source)
    {
        var first = true;
        T previous = default!;
        foreach (var item in source)
        {
            if (first || !EqualityComparer<T>.Default.Equals(item, previous))
            {
                yield return item;
            }

            (first, previous) = (false, item);
        }
    }
}
