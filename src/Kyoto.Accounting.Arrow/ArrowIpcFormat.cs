namespace Kyoto.Accounting.Arrow;

/// <summary>The two Arrow IPC framings.</summary>
public enum ArrowIpcFormat
{
    /// <summary>The random-access file format (<c>.arrow</c>, Feather v2): magic bytes, record batches and a footer. Needs a seekable stream to read.</summary>
    File = 1,

    /// <summary>The streaming format (<c>.arrows</c>): a schema message then record batches, readable from any stream (pipes, sockets).</summary>
    Stream = 2,
}
