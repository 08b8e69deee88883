using System.Collections.Concurrent;
using LiteDB;
using LiteDB.Engine;

namespace RegistryBot.Storage;

/// <summary>
/// Runs every call into the LiteDB engine one at a time. LiteDB 5.0.21's page cache races under
/// concurrent calls (upstream issue #2817: corrupt reads, leaked transactions, hangs under load),
/// and the release with the fix cannot be used, so concurrency stops at this door. Query results
/// are read to the end inside the lock; an explicit transaction holds the lock from BeginTrans to
/// Commit or Rollback (transactions are bound to their thread, so the lock is too).
/// </summary>
public sealed class SerializedLiteEngine(ILiteEngine inner, object gate) : ILiteEngine
{
    // An engine whose write failed half way (a full disk) keeps a transaction LiteDB cannot discard:
    // should the garbage collector ever finalise it, the finaliser throws and ends the process. So
    // every engine that met a storage error stays reachable, closed, for the life of the process:
    // one per fault, with the pages it had cached.
    private static readonly ConcurrentBag<SerializedLiteEngine> Failed = [];

    [ThreadStatic]
    private static bool _holdsTransaction;

    private int _kept;

    public bool BeginTrans()
    {
        Monitor.Enter(gate);
        var begun = false;
        try
        {
            begun = inner.BeginTrans();
            return begun;
        }
        catch (Exception exception) when (KeepIfFailed(exception))
        {
            throw;
        }
        finally
        {
            if (begun && !_holdsTransaction)
            {
                _holdsTransaction = true;
            }
            else
            {
                Monitor.Exit(gate);
            }
        }
    }

    public bool Commit() => EndTransaction(inner.Commit);

    public bool Rollback() => EndTransaction(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query) =>
        Locked(() =>
        {
            using var reader = inner.Query(collection, query);
            var values = new List<BsonValue>();
            while (reader.Read())
            {
                values.Add(reader.Current);
            }

            return (IBsonDataReader)new MaterialisedReader(collection, values);
        });

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Locked(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Locked(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Locked(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Locked(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Locked(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Locked(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Locked(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Locked(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Locked(() => inner.Pragma(name, value));

    public int Checkpoint() => Locked(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Locked(() => inner.Rebuild(options));

    public void Dispose() => Locked(() =>
    {
        inner.Dispose();
        return 0;
    });

    private bool EndTransaction(Func<bool> end)
    {
        Monitor.Enter(gate);
        try
        {
            return end();
        }
        catch (Exception exception) when (KeepIfFailed(exception))
        {
            throw;
        }
        finally
        {
            Monitor.Exit(gate);
            if (_holdsTransaction)
            {
                _holdsTransaction = false;
                Monitor.Exit(gate);
            }
        }
    }

    private T Locked<T>(Func<T> call)
    {
        lock (gate)
        {
            try
            {
                return call();
            }
            catch (Exception exception) when (KeepIfFailed(exception))
            {
                throw;
            }
        }
    }

    // An exception filter: it sees the exception and lets it pass on untouched.
    private bool KeepIfFailed(Exception exception)
    {
        if (StorageFaults.IsFatal(exception) && Interlocked.Exchange(ref _kept, 1) == 0)
        {
            Failed.Add(this);
        }

        return false;
    }

    private sealed class MaterialisedReader(string collection, List<BsonValue> values) : IBsonDataReader
    {
        private int _index = -1;

        public BsonValue this[string field] => Current.AsDocument[field];

        public string Collection => collection;

        public BsonValue Current => _index >= 0 && _index < values.Count ? values[_index] : BsonValue.Null;

        public bool HasValues => values.Count > 0;

        public bool Read() => ++_index < values.Count;

        public void Dispose()
        {
        }
    }
}
