using Groupus.IntegrationTests.Paging;
using Groupus.IntegrationTests.Persistence;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.SqlServer;

/// <summary>
/// Tests written for the SQLite default, run unchanged through the real server on a real SQL Server: keyset paging
/// (collation and ordering), concurrency tokens and the unit of work's conflict handling, tenant filters.
/// Each server gets its own new database (<see cref="TestDatabase"/>).
/// </summary>
[Collection(SqlServerCollection.Name)]
public sealed class SqlServerRepositoryTests(SqlServerInstance sql)
{
    [SkippableFact]
    public Task Organisations_page_by_name() =>
        OnSqlServer(() => new OrganisationPagingTests().Organisations_page_by_name_and_a_token_is_good_only_for_the_filters_it_came_from());

    [SkippableFact]
    public Task Resellers_page_by_name() =>
        OnSqlServer(() => new ResellerPagingTests().Resellers_page_by_name_once_each_and_a_token_is_refused_under_other_filters());

    [SkippableFact]
    public Task Visit_history_pages() =>
        OnSqlServer(() => new VisitHistoryPagingTests().Every_visit_comes_once_though_older_and_newer_visits_arrive_between_pages());

    [SkippableFact]
    public Task Visit_history_page_tokens_are_checked() =>
        OnSqlServer(() => new VisitHistoryPagingTests().A_tampered_token_a_token_from_another_list_and_a_token_with_other_filters_are_refused());

    [SkippableFact]
    public Task On_site_list_pages() =>
        OnSqlServer(() => new OnSitePagingTests().Pages_of_the_on_site_list_skip_nobody_when_visitors_leave_and_arrive_between_pages());

    [SkippableFact]
    public Task Fax_job_list_pages() =>
        OnSqlServer(() => new FaxListPagingTests().Newest_first_pages_repeat_no_job_when_new_jobs_are_submitted_between_pages());

    [SkippableFact]
    public Task Fax_job_list_stays_within_the_organisation() =>
        OnSqlServer(() => new FaxListPagingTests().A_customer_cannot_page_with_a_token_from_another_organisations_list_or_another_list());

    [SkippableFact]
    public Task Concurrent_sign_outs_cannot_both_win() =>
        OnSqlServer(() => new ConcurrencyTests().Two_receptionists_signing_out_the_same_visitor_at_once_cannot_both_win());

    private async Task OnSqlServer(Func<Task> test)
    {
        sql.SkipIfUnavailable();
        using var _ = TestDatabase.UseSqlServer(sql.ConnectionString!);
        await test();
    }
}
