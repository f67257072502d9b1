using System.Globalization;
using Groupus.Api.Hosting;
using Groupus.Application.Privacy;
using Groupus.Application.Privacy.Exports;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy;
using Groupus.Domain.Privacy.Requests;
using Groupus.Infrastructure.Security;
using Groupus.Privacy.Benchmarks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Groupus.Benchmarks.Timing;
using static Groupus.Privacy.Benchmarks.Figures;

// Privacy (issue 6) against the real server in-process (every module, SQLite, the subject key vault):
//   1. seed SUBJECTS data subjects across the modules; 2. access export of one subject (find + export over every
//   provider + the zip) for SAMPLES subjects; 3. erasure of a subject with 10 and with 10,000 visits, per provider and
//   key destruction, three times each, verified afterwards. Prints Markdown.
// Usage: Groupus.Privacy.Benchmarks --data-dir DIR [--subjects 100000] [--samples 200] [--repeats 3]
var options = Arguments.Parse(args);
var app = GroupusServer.Build(
    [
        $"--Groupus:DataDirectory={options.DataDirectory}",
        "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft=Warning",
    ],
    builder =>
    {
        // Markdown on stdout; the server's warnings (if any) on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    });
await app.StartAsync();
var services = app.Services;
var failures = new List<string>();
var now = DateTime.UtcNow;

// 1. Seeding.
var subjects = new Subjects(services);
var seeded = new List<SeededSubject>(options.Subjects);
var seedStart = Now();
for (var from = 0; from < options.Subjects; from += 1000)
{
    seeded.AddRange(await subjects.SeedBatchAsync(from, Math.Min(1000, options.Subjects - from), now));
    if ((from / 1000) % 10 == 9)
    {
        Console.Error.WriteLine(FormattableString.Invariant($"seeded {from + 1000:N0} in {Since(seedStart) / 1000:F1} s"));
    }
}

var seedMs = Since(seedStart);
string DataFile(string name) => Path.Combine(options.DataDirectory, name);
long Size(string name) => File.Exists(DataFile(name)) ? new FileInfo(DataFile(name)).Length : 0;
Console.WriteLine($"### Seeding {Num(options.Subjects)} data subjects");
Console.WriteLine();
Console.WriteLine("| subjects | visitors (1 visit) | prospects | subscriptions | customer users | seeding | subjects/s | enrol (vault) | modules' SaveChanges | groupus.db (+ -wal) | privacy-vault.db |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
int Count(SubjectKind kind) => seeded.Count(s => s.Kind == kind);
Console.WriteLine(FormattableString.Invariant(
    $"| {Num(options.Subjects)} | {Num(Count(SubjectKind.Visitor))} | {Num(Count(SubjectKind.Prospect))} | {Num(Count(SubjectKind.Subscription))} | {Num(Count(SubjectKind.CustomerUser))} | {seedMs / 1000:F1} s | {options.Subjects / (seedMs / 1000):F0} | {subjects.EnrolMilliseconds / 1000:F1} s ({subjects.EnrolMilliseconds / options.Subjects:F2} ms each) | {subjects.SaveMilliseconds / 1000:F1} s | {MiB(Size("groupus.db"))} (+ {MiB(Size("groupus.db-wal"))}) | {MiB(Size("privacy-vault.db"))} |"));
Console.WriteLine();

// 2. Access export of one subject.
var random = new Random(6);
var byKind = seeded.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.ToList());
var kinds = byKind.Keys.Order().ToArray();
SeededSubject Pick(int n)
{
    var list = byKind[kinds[n % kinds.Length]];
    return list[random.Next(list.Count)];
}

async Task<(double Ms, int Records, int Bytes)> ExportAsync(SeededSubject subject)
{
    using var scope = services.CreateScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
    var request = DataSubjectRequest.Receive(
        subject.Id, [], DataSubjectRequestType.Access, now, "benchmark",
        [.. subject.Identifiers.Select(i => new NamedIdentifier(i.Kind.ToString(), i.Value))],
        new Dictionary<string, string>(), [], null, ResponseDeadlinePolicy.Default, "benchmark", now);
    var started = Now();
    var providers = scope.ServiceProvider.GetServices<IPersonalDataProvider>().ToList();
    var holdings = 0;
    foreach (var provider in providers)
    {
        holdings += (await provider.FindAsync(subject.Lookup, CancellationToken.None)).Count;
    }

    var exports = new List<ModuleExport>(providers.Count);
    foreach (var provider in providers)
    {
        exports.Add(await provider.ExportAsync(subject.Lookup, CancellationToken.None));
    }

    var package = ExportPackageBuilder.Build(request, exports, now);
    var ms = Since(started);
    var records = exports.Sum(e => e.Records.Count);
    if (holdings == 0 || records == 0)
    {
        failures.Add($"export of a {subject.Kind} subject found {holdings} holdings and {records} records");
    }

    return (ms, records, package.Length);
}

for (var n = 0; n < 20; n++)
{
    await ExportAsync(Pick(n));
}

var samples = new List<(SubjectKind Kind, double Ms, int Records, int Bytes)>();
for (var n = 0; n < options.Samples; n++)
{
    var subject = Pick(n);
    var (ms, records, bytes) = await ExportAsync(subject);
    samples.Add((subject.Kind, ms, records, bytes));
}

Console.WriteLine($"### Access export of one subject ({Num(options.Samples)} samples, after 20 unmeasured)");
Console.WriteLine();
Console.WriteLine("Find + export over every provider + the zip (data.json, schema.json, CSV, index.html), one subject at a time.");
Console.WriteLine();
Console.WriteLine("| subjects | samples | p50 ms | p95 ms | p99 ms | max ms | mean package |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
void ExportRow(string name, IReadOnlyList<(SubjectKind Kind, double Ms, int Records, int Bytes)> rows)
{
    var ms = rows.Select(r => r.Ms).ToList();
    Console.WriteLine(FormattableString.Invariant(
        $"| {name} | {rows.Count} | {Ms(Percentile(ms, 0.5))} | {Ms(Percentile(ms, 0.95))} | {Ms(Percentile(ms, 0.99))} | {Ms(ms.Max())} | {rows.Average(r => r.Bytes) / 1024:F1} KiB |"));
}

ExportRow("all", samples);
foreach (var kind in kinds)
{
    ExportRow(kind.ToString(), [.. samples.Where(s => s.Kind == kind)]);
}

Console.WriteLine();

// 3. Erasure of one subject, 10 vs 10,000 visits (+ a prospect each), in the same database.
var modules = new List<string>();
using (var scope = services.CreateScope())
{
    modules.AddRange(scope.ServiceProvider.GetServices<IPersonalDataProvider>().Select(p => p.Module));
}

var erasures = new Dictionary<int, List<(double[] PerModule, double Destroy)>>();
foreach (var visits in new[] { 10, 10_000 })
{
    erasures[visits] = [];
}

// Repeat 0 is an unmeasured warm-up (JIT, EF's compiled queries for the erase paths) with a 10-visit subject.
for (var repeat = 0; repeat <= options.Repeats; repeat++)
{
    foreach (var visits in repeat == 0 ? new[] { 10 } : new[] { 10, 10_000 })
    {
        var subject = await subjects.SeedHeavySubjectAsync($"{visits}-{repeat}", visits, now);
        var instruction = new ErasureInstruction(Guid.CreateVersion7(), DateTime.UtcNow);
        var perModule = new double[modules.Count];
        for (var m = 0; m < modules.Count; m++)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var provider = scope.ServiceProvider.GetServices<IPersonalDataProvider>().ElementAt(m);
            var started = Now();
            await provider.EraseAsync(subject.Lookup, instruction, CancellationToken.None);
            perModule[m] = Since(started);
        }

        double destroy;
        using (var scope = services.CreateScope())
        {
            var vault = scope.ServiceProvider.GetRequiredService<ISubjectKeyVault>();
            var started = Now();
            await vault.DestroyAsync(subject.Id, CancellationToken.None);
            destroy = Since(started);
        }

        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            foreach (var provider in scope.ServiceProvider.GetServices<IPersonalDataProvider>())
            {
                foreach (var holding in await provider.FindAsync(subject.Lookup, CancellationToken.None))
                {
                    if (holding.Role == ProcessingRole.Controller && holding.RecordCount > 0)
                    {
                        failures.Add($"after erasing the {visits}-visit subject (repeat {repeat}), {provider.Module} still finds {holding.RecordCount} {holding.RecordType}");
                    }
                }
            }

            var state = await scope.ServiceProvider.GetRequiredService<ISubjectKeyVault>().StateOfAsync(subject.Id, CancellationToken.None);
            if (state != SubjectKeyState.Erased)
            {
                failures.Add($"after erasing the {visits}-visit subject (repeat {repeat}), the key is {state}");
            }

            foreach (var identifier in subject.Identifiers)
            {
                if ((await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>().FindAsync(identifier, CancellationToken.None)).Count > 0)
                {
                    failures.Add($"after erasing the {visits}-visit subject (repeat {repeat}), the register still names it by {identifier.Kind}");
                }
            }
        }

        if (repeat > 0)
        {
            erasures[visits].Add((perModule, destroy));
        }

        Console.Error.WriteLine(FormattableString.Invariant(
            $"erasure {visits} visits, repeat {repeat}: {string.Join(", ", modules.Select((m, i) => $"{m} {perModule[i]:F1}"))} ms; destroy {destroy:F2} ms"));
    }
}

Console.WriteLine($"### Erasure of one subject (median of {options.Repeats}, each a fresh subject in the same database, after one unmeasured)");
Console.WriteLine();
Console.WriteLine($"| subject's records | {string.Join(" | ", modules.Select(m => m + " erase ms"))} | providers' erase ms | key destroy + index clean-up ms | total ms | verified after |");
Console.WriteLine($"|---:|{string.Concat(modules.Select(_ => "---:|"))}---:|---:|---:|---|");
foreach (var (visits, runs) in erasures)
{
    var cells = modules.Select((_, m) => Ms(Median([.. runs.Select(r => r.PerModule[m])])));
    var providers = Median([.. runs.Select(r => r.PerModule.Sum())]);
    var destroy = Median([.. runs.Select(r => r.Destroy)]);
    var total = Median([.. runs.Select(r => r.PerModule.Sum() + r.Destroy)]);
    var verified = failures.Any(f => f.Contains($"the {visits}-visit subject", StringComparison.Ordinal)) ? "**FAILED**" : "nothing found, key destroyed, register empty";
    Console.WriteLine(FormattableString.Invariant(
        $"| {Num(visits)} visits + 1 prospect | {string.Join(" | ", cells)} | {Ms(providers)} | {Ms(destroy)} | {Ms(total)} | {verified} |"));
}

Console.WriteLine();
Console.WriteLine(FormattableString.Invariant(
    $"Files after the run: groupus.db {MiB(Size("groupus.db"))} (+ -wal {MiB(Size("groupus.db-wal"))}), privacy-vault.db {MiB(Size("privacy-vault.db"))}."));
if (failures.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("**Failures:**");
    foreach (var failure in failures)
    {
        Console.WriteLine($"- {failure}");
    }
}

await app.StopAsync();
await app.DisposeAsync();
return failures.Count == 0 ? 0 : 1;

internal sealed record Arguments(string DataDirectory, int Subjects, int Samples, int Repeats)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var directory = Value("--data-dir") ?? Path.Combine(Path.GetTempPath(), "groupus-privacy-bench", Guid.NewGuid().ToString("N"));
        return new Arguments(directory, Number("--subjects", 100_000), Number("--samples", 200), Number("--repeats", 3));
    }
}
