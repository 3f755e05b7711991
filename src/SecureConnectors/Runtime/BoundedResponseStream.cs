using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>
/// The body of a <c>Task&lt;Stream&gt;</c> operation, handed to the caller. It owns the call's record and the response:
/// reading past the size limit throws an <see cref="InvalidResponseException"/>, a failed read a
/// <see cref="ConnectorException"/>, and disposing it (once; later calls do nothing) releases the response and writes
/// the call's one audit event, succeeded unless a read failed.
/// </summary>
internal sealed class BoundedResponseStream : Stream
{
    private readonly Stream body;
    private readonly HttpResponseMessage response;
    private readonly CallRecord call;
    private readonly IConnectorAuditSink? audit;
    private readonly long maxBytes;
    private long position;
    private Exception? failure;
    private int disposed;

    public BoundedResponseStream(Stream body, HttpResponseMessage response, CallRecord call, IConnectorAuditSink? audit)
    {
        this.body = body;
        this.response = response;
        this.call = call;
        this.audit = audit;
        maxBytes = call.Snapshot.MaxResponseBytes;
    }

    public override bool CanRead => disposed == 0;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    /// <summary>Not known in advance (a declared <c>Content-Length</c> is the provider's word, not a measure).</summary>
    public override long Length => throw new NotSupportedException("The length of a response stream is not known before it is read.");

    /// <summary>The number of bytes read so far.</summary>
    public override long Position
    {
        get => position;
        set => throw new NotSupportedException("A response stream cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBuffer(buffer, offset, count);
        EnsureReadable();
        try
        {
            return Counted(body.Read(buffer, offset, Allowed(count)));
        }
        catch (Exception e) when (e is not InvalidResponseException)
        {
            var seen = Fail(e, CancellationToken.None);
            if (ReferenceEquals(seen, e))
            {
                throw;
            }

            throw seen;
        }
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBuffer(buffer, offset, count);
        EnsureReadable();
        try
        {
            return Counted(await body.ReadAsync(buffer, offset, Allowed(count), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not InvalidResponseException)
        {
            var seen = Fail(e, cancellationToken);
            if (ReferenceEquals(seen, e))
            {
                throw;
            }

            throw seen;
        }
    }

#if NET
    public override int Read(Span<byte> buffer)
    {
        EnsureReadable();
        try
        {
            return Counted(body.Read(buffer.Slice(0, Allowed(buffer.Length))));
        }
        catch (Exception e) when (e is not InvalidResponseException)
        {
            var seen = Fail(e, CancellationToken.None);
            if (ReferenceEquals(seen, e))
            {
                throw;
            }

            throw seen;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureReadable();
        try
        {
            return Counted(await body.ReadAsync(buffer.Slice(0, Allowed(buffer.Length)), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not InvalidResponseException)
        {
            var seen = Fail(e, cancellationToken);
            if (ReferenceEquals(seen, e))
            {
                throw;
            }

            throw seen;
        }
    }
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A response stream cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("A response stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A response stream is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            try
            {
                Release();
            }
            finally
            {
                // The call happened: it is recorded even if letting the connection go failed.
                if (failure is null)
                {
                    call.Outcome = ConnectorCallOutcome.Succeeded;
                }

                call.Record(audit);
                call.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    // At most one byte past the limit is asked for: enough to tell "too large" from "exactly the limit".
    private int Allowed(int count) => (int)Math.Min(count, maxBytes - position + 1);

    private int Counted(int read)
    {
        position += read;
        if (position > maxBytes)
        {
            position -= read;
            throw Fail(new InvalidResponseException($"{call.What}: the response is larger than the allowed {maxBytes} bytes; reading stopped there."), CancellationToken.None);
        }

        return read;
    }

    private void EnsureReadable()
    {
        if (disposed != 0)
        {
            throw new ObjectDisposedException(nameof(BoundedResponseStream));
        }

        if (failure is not null)
        {
            throw new ConnectorException($"{call.What}: an earlier read of the response failed; it cannot be read further.", null, failure);
        }
    }

    // The first failure decides the audited outcome; the connection is let go at once, the record waits for Dispose.
    private Exception Fail(Exception exception, CancellationToken callerToken)
    {
        var seen = CallFailure.ForCaller(exception, call, callerToken, CancellationToken.None);
        if (failure is null)
        {
            failure = seen;
            call.Outcome = CallFailure.Outcome(seen);
            call.Failed(seen);
            Release();
        }

        return seen;
    }

    private void Release()
    {
        body.Dispose();
        response.Dispose();
    }

    private static void ValidateBuffer(byte[] buffer, int offset, int count)
    {
        if (buffer is null)
        {
            throw new ArgumentNullException(nameof(buffer));
        }

        if (offset < 0 || count < 0 || offset > buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }
    }
}
