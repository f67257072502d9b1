using System.Data.Common;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// The one database connection of a DI scope (a request, a dispatcher pass), shared by every module context the scope
/// leases: taken from <see cref="DatabaseConnections"/> when the first context is leased, given back when the scope ends
/// (after its contexts, which were leased after it and are disposed before it). Contexts of one scope therefore commit
/// together on one connection without swapping connections, and no other scope sees this connection while it is held.
/// </summary>
internal sealed class ScopeConnection(DatabaseConnections connections) : IDisposable
{
    private DbConnection? _connection;

    public DbConnection Connection => _connection ??= connections.Rent();

    public void Dispose()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            connections.Return(connection);
        }
    }
}
