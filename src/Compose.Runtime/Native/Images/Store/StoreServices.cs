namespace Compose.Runtime.Native.Images.Store;

/// <summary>The store's parts, made once per <see cref="NativeImageStore"/> and shared by pull, load, build and removal.</summary>
internal sealed class StoreServices
{
    public StoreServices(NativeRoot root, TimeProvider time)
    {
        Layout = new StoreLayout(root);
        Time = time;
        Blobs = new BlobStore(Layout);
        Layers = new LayerStore(Layout, Blobs);
        IndexFile = new ImageIndexFile(Layout);
        Editor = new ImageIndexEditor(Layout, IndexFile, time);
        Reader = new ImageReader(Layout, Blobs);
        Importer = new ImageImporter(Blobs, Layers, Editor);
        Holds = new ContainerHolds(Layout);
        Remover = new ImageRemover(Editor, Holds, new GarbageCollector(Layout, Reader));
    }

    public StoreLayout Layout { get; }
    public TimeProvider Time { get; }
    public BlobStore Blobs { get; }
    public LayerStore Layers { get; }
    public ImageIndexFile IndexFile { get; }
    public ImageIndexEditor Editor { get; }
    public ImageReader Reader { get; }
    public ImageImporter Importer { get; }
    public ContainerHolds Holds { get; }
    public ImageRemover Remover { get; }

    /// <summary>Held while adding content: shared, so pulls run side by side, but never beside a removal's collection.</summary>
    public Task<FileLock> AddingContentAsync(CancellationToken cancellationToken)
    {
        Layout.EnsureCreated();
        return FileLock.AcquireAsync(Layout.ContentLock, exclusive: false, Time, cancellationToken);
    }

    public Task<FileLock> DeletingContentAsync(CancellationToken cancellationToken)
    {
        Layout.EnsureCreated();
        return FileLock.AcquireAsync(Layout.ContentLock, exclusive: true, Time, cancellationToken);
    }
}
