using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Binds one service key's (non-null) value onto the service being built.</summary>
public delegate Service ServiceKeyBinder(Service service, Node value, string path, BindingContext context);
