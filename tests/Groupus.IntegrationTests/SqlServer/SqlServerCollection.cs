namespace Groupus.IntegrationTests.SqlServer;

[CollectionDefinition(Name)]
public sealed class SqlServerCollection : ICollectionFixture<SqlServerInstance>
{
    public const string Name = "SQL Server";
}
