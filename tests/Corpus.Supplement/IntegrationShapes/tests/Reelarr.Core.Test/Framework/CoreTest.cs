using Moq.AutoMock;

namespace Reelarr.Core.Test.Framework;

/// <summary>The test base of the *arr test projects: an AutoMocker and the subject it builds (no labels).</summary>
public abstract class CoreTest<TSubject>
    where TSubject : class
{
    private AutoMocker? _mocker;
    private TSubject? _subject;

    protected AutoMocker Mocker => _mocker ??= new AutoMocker();

    protected TSubject Subject => _subject ??= Mocker.CreateInstance<TSubject>();
}
