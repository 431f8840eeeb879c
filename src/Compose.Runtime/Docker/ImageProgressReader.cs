using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// A pull, push or build answer as progress messages. The engine reports failures inside the stream (after a
/// 200), as <c>errorDetail</c>: those are thrown as typed exceptions, never yielded.
/// </summary>
internal static class ImageProgressReader
{
    public static async IAsyncEnumerable<ImageProgress> ReadAsync(
        IAsyncEnumerable<JsonMessageDto> messages, string operation, string? resource, bool build, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var failure = string.IsNullOrEmpty(message.ErrorDetail?.Message) ? message.Error : message.ErrorDetail.Message;
            if (!string.IsNullOrEmpty(failure))
            {
                throw DockerErrorMapper.MapStreamError(failure, operation, resource, build);
            }

            yield return new ImageProgress
            {
                Id = string.IsNullOrEmpty(message.Id) ? null : message.Id,
                Status = string.IsNullOrEmpty(message.Status) ? null : message.Status,
                Current = message.ProgressDetail?.Current,
                Total = message.ProgressDetail?.Total is > 0 ? message.ProgressDetail.Total : null,
                Output = string.IsNullOrEmpty(message.Stream) ? null : message.Stream,
                ImageId = message.Aux?.ID,
            };
        }
    }
}
