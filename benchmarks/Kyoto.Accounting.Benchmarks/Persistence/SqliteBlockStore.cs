using System;
using Microsoft.Data.Sqlite;

namespace Kyoto.Accounting.Benchmarks.Persistence;

/// <summary>
/// The fair minimal SQLite model of the same workload: one table of blocks keyed by first serial, one SQL transaction per
/// transfer that finds the holding block, checks the holder, splits it, and merges the moved part with contiguous blocks
/// of the destination, so the block count stays constant like the ledger's canonical form. WAL journal mode.
/// </summary>
internal sealed class SqliteBlockStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _before;
    private readonly SqliteCommand _after;
    private SqliteTransaction? _tx;

    internal SqliteBlockStore(string path, string synchronous, int blocks, long blockSize)
    {
        _connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        _connection.Open();
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=" + synchronous + "; CREATE TABLE IF NOT EXISTS blocks(first INTEGER PRIMARY KEY, last INTEGER NOT NULL, account INTEGER NOT NULL);");
        // Bulk load in one SQL transaction and one statement (rows generated inside SQLite, in key order), so that a
        // store of 10^6 blocks is built in a second or two rather than a minute of per-row round trips.
        using (SqliteTransaction tx = _connection.BeginTransaction())
        {
            using SqliteCommand load = _connection.CreateCommand();
            load.Transaction = tx;
            load.CommandText = "WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $n) "
                + "INSERT INTO blocks SELECT i * $size + 1, (i + 1) * $size, 1 + (i % 2) FROM s";
            load.Parameters.Add("$n", SqliteType.Integer).Value = blocks;
            load.Parameters.Add("$size", SqliteType.Integer).Value = blockSize;
            load.ExecuteNonQuery();
            tx.Commit();
        }

        Exec("PRAGMA wal_checkpoint(TRUNCATE);");
        _find = Command("SELECT first, last, account FROM blocks WHERE first <= $x ORDER BY first DESC LIMIT 1", "$x");
        _delete = Command("DELETE FROM blocks WHERE first = $x", "$x");
        _insert = Command("INSERT INTO blocks VALUES ($x, $y, $z)", "$x", "$y", "$z");
        _before = Command("SELECT first FROM (SELECT first, last, account FROM blocks WHERE first <= $x ORDER BY first DESC LIMIT 1) WHERE last = $x AND account = $y", "$x", "$y");
        _after = Command("SELECT last FROM blocks WHERE first = $x AND account = $y", "$x", "$y");
    }

    /// <summary>Moves serials [first, last] from one account to another in one SQL transaction; false if not held.</summary>
    internal bool Transfer(long first, long last, int from, int to)
    {
        using SqliteTransaction tx = _connection.BeginTransaction();
        _tx = tx;
        long blockFirst;
        long blockLast;
        using (SqliteDataReader reader = Run(_find, first).ExecuteReader())
        {
            if (!reader.Read() || reader.GetInt32(2) != from || reader.GetInt64(1) < last)
            {
                tx.Rollback();
                return false;
            }

            blockFirst = reader.GetInt64(0);
            blockLast = reader.GetInt64(1);
        }

        Run(_delete, blockFirst).ExecuteNonQuery();
        if (blockFirst < first)
        {
            Run(_insert, blockFirst, first - 1, from).ExecuteNonQuery();
        }

        if (blockLast > last)
        {
            Run(_insert, last + 1, blockLast, from).ExecuteNonQuery();
        }

        long newFirst = first;
        long newLast = last;
        if (Run(_before, first - 1, to).ExecuteScalar() is long before)
        {
            newFirst = before;
            Run(_delete, before).ExecuteNonQuery();
        }

        if (Run(_after, last + 1, to).ExecuteScalar() is long after)
        {
            newLast = after;
            Run(_delete, last + 1).ExecuteNonQuery();
        }

        Run(_insert, newFirst, newLast, to).ExecuteNonQuery();
        tx.Commit();
        return true;
    }

    public void Dispose()
    {
        _find.Dispose();
        _delete.Dispose();
        _insert.Dispose();
        _before.Dispose();
        _after.Dispose();
        _connection.Dispose();
    }

    private void Exec(string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in names)
        {
            command.Parameters.Add(name, SqliteType.Integer);
        }

        command.Prepare();
        return command;
    }

    private SqliteCommand Run(SqliteCommand command, params long[] values)
    {
        command.Transaction = _tx;
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }
}
