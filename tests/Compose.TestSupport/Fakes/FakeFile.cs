namespace Compose.TestSupport.Fakes;

/// <summary>A file the fake engine received into a container.</summary>
public sealed record FakeFile(string Content, int Mode, int Uid, int Gid);
