//! Placing and handling calls: answer, completion, parameters, selection, forward, park, transfer.

use tapi_consts::ConstFamily;

/// Effect on the call already active on a line when the user answers another offered call.
///
/// Reported in the `dwAnswerMode` member of `LINEDEVCAPS`; it tells the application what will
/// happen to the current call if it calls `lineAnswer` on a second, offering call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEANSWERMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Effet, sur l’appel déjà actif d’une ligne, de la réponse à un autre appel présenté ; indiqué dans le membre `dwAnswerMode` de `LINEDEVCAPS`, il indique à l’application ce que deviendra l’appel en cours si elle appelle `lineAnswer` sur un second appel.",
    de = "Auswirkung auf den bereits aktiven Anruf einer Leitung, wenn der Benutzer einen weiteren angebotenen Anruf entgegennimmt. Gemeldet im Feld `dwAnswerMode` von `LINEDEVCAPS`; der Wert teilt der Anwendung mit, was mit dem aktuellen Anruf geschieht, wenn sie `lineAnswer` für einen zweiten, angebotenen Anruf aufruft."
))]
pub enum LineAnswerMode {
    /// Answering the new call leaves the active call as it is.
    #[tapi(doc(
        fr = "Répondre au nouvel appel laisse l’appel actif tel quel.",
        de = "Beim Entgegennehmen des neuen Anrufs bleibt der aktive Anruf unverändert."
    ))]
    None = 0x0000_0001,
    /// Answering the new call automatically drops the active call.
    #[tapi(doc(
        fr = "Répondre au nouvel appel met automatiquement fin à l’appel actif.",
        de = "Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch beendet."
    ))]
    Drop = 0x0000_0002,
    /// Answering the new call automatically puts the active call on hold.
    #[tapi(doc(
        fr = "Répondre au nouvel appel met automatiquement l’appel actif en attente.",
        de = "Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch gehalten."
    ))]
    Hold = 0x0000_0004,
}

/// Conditions under which a call-completion request (`lineCompleteCall`) can be made.
///
/// Reported in the `dwCallCompletionConds` member of `LINEADDRESSCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLCOMPLCOND_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Conditions dans lesquelles une demande d’achèvement d’appel (`lineCompleteCall`) peut être faite ; indiquées dans le membre `dwCallCompletionConds` de `LINEADDRESSCAPS`.",
    de = "Bedingungen, unter denen eine Anrufvervollständigung (`lineCompleteCall`) angefordert werden kann. Gemeldet im Feld `dwCallCompletionConds` von `LINEADDRESSCAPS`."
))]
pub enum LineCallComplCond {
    /// Completion can be requested when the called party is busy.
    #[tapi(doc(
        fr = "L’achèvement peut être demandé lorsque l’appelé est occupé.",
        de = "Eine Anrufvervollständigung kann angefordert werden, wenn der angerufene Teilnehmer besetzt ist."
    ))]
    Busy = 0x0000_0001,
    /// Completion can be requested when the call rings without being answered.
    #[tapi(doc(
        fr = "L’achèvement peut être demandé lorsque l’appel sonne sans obtenir de réponse.",
        de = "Eine Anrufvervollständigung kann angefordert werden, wenn der Anruf klingelt, ohne dass sich jemand meldet."
    ))]
    NoAnswer = 0x0000_0002,
}

/// Ways of completing a call that could not get through (busy or no answer).
///
/// Passed as the `dwCompletionMode` argument of `lineCompleteCall`; `dwCallCompletionModes` of
/// `LINEADDRESSCAPS` lists the ones an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLCOMPLMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Manières d’achever un appel qui n’a pas abouti (occupation ou non-réponse) ; passées dans l’argument `dwCompletionMode` de `lineCompleteCall`, `dwCallCompletionModes` de `LINEADDRESSCAPS` énumérant celles qu’une adresse prend en charge.",
    de = "Arten der Anrufvervollständigung für einen Anruf, der nicht durchgekommen ist (Besetzt oder Nichtmelden). Sie werden als Argument `dwCompletionMode` an `lineCompleteCall` übergeben; `dwCallCompletionModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse unterstützt."
))]
pub enum LineCallComplMode {
    /// Camp on: the call waits in a queue at the called station until it can be put through.
    #[tapi(doc(
        fr = "Attente sur occupation (camp-on) : l’appel patiente en file au poste appelé jusqu’à ce qu’il puisse aboutir.",
        de = "Warten bei Besetzt (Camp-on): Der Anruf wartet in einer Warteschlange an der angerufenen Nebenstelle, bis er durchgestellt werden kann."
    ))]
    CampOn = 0x0000_0001,
    /// Ask the switch to call the user back once the called station becomes idle.
    #[tapi(doc(
        fr = "Demande au commutateur de rappeler l’utilisateur dès que le poste appelé redevient libre.",
        de = "Rückruf: Die Vermittlung soll den Benutzer zurückrufen, sobald die angerufene Nebenstelle frei wird."
    ))]
    Callback = 0x0000_0002,
    /// Break into the call already in progress at the called station (barge-in).
    #[tapi(doc(
        fr = "Intrusion dans la communication déjà en cours au poste appelé.",
        de = "Aufschalten: Der Anruf wird auf das Gespräch aufgeschaltet, das an der angerufenen Nebenstelle bereits läuft (Barge-in)."
    ))]
    Intrude = 0x0000_0004,
    /// Leave a short predefined message at the called station (leave word calling); the message
    /// is chosen separately.
    #[tapi(doc(
        fr = "Dépôt d’un court message prédéfini au poste appelé ; le message est choisi séparément.",
        de = "Nachricht hinterlassen: An der angerufenen Nebenstelle wird eine kurze vordefinierte Nachricht hinterlassen (Leave Word Calling); die Nachricht wird gesondert ausgewählt."
    ))]
    Message = 0x0000_0008,
}

/// Options that control how a call is set up, given in the `dwCallParamFlags` member of
/// `LINECALLPARAMS` (passed to `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` and
/// similar functions) and reported back in `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLPARAMFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options qui déterminent l’établissement d’un appel, fournies dans le membre `dwCallParamFlags` de `LINECALLPARAMS` (transmis à `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` et à des fonctions semblables) et restituées dans `LINECALLINFO`.",
    de = "Optionen für den Verbindungsaufbau eines Anrufs, angegeben im Feld `dwCallParamFlags` der Struktur `LINECALLPARAMS` (die an `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` und ähnliche Funktionen übergeben wird) und in `LINECALLINFO` zurückgemeldet."
))]
pub enum LineCallParamFlags {
    /// Asks for the call to be set up as a secure call, whose media stream the switch shields from
    /// interruptions such as call-waiting tones.
    #[tapi(doc(
        fr = "Demande que l’appel soit établi en mode sécurisé : le commutateur protège son flux de média des interruptions, comme les tonalités de signal d’appel.",
        de = "Fordert an, den Anruf als gesicherten Anruf aufzubauen, dessen Medienstrom die Vermittlung vor Unterbrechungen wie Anklopftönen schützt."
    ))]
    Secure = 0x0000_0001,
    /// Places the call on an idle call appearance instead of joining a call already in progress.
    /// Without it, `lineMakeCall` may break into an existing call on the line to make the new one.
    #[tapi(doc(
        fr = "Émet l’appel sur une présentation d’appel libre au lieu de rejoindre un appel déjà en cours. Sans cet indicateur, `lineMakeCall` peut s’insérer dans un appel existant sur la ligne pour émettre le nouvel appel.",
        de = "Legt den Anruf auf eine freie Anrufdarstellung, statt sich einem bereits laufenden Anruf anzuschließen. Ohne dieses Bit kann sich `lineMakeCall` zum Aufbau des neuen Anrufs in einen bestehenden Anruf auf der Leitung einschalten."
    ))]
    Idle = 0x0000_0002,
    /// Hides the identity of the caller from the called party (caller ID blocking).
    #[tapi(doc(
        fr = "Masque l’identité de l’appelant auprès de l’appelé (blocage de la présentation du numéro).",
        de = "Unterdrückt gegenüber dem angerufenen Teilnehmer die Kennungsangaben des Anrufers (Rufnummer unterdrückt)."
    ))]
    BlockId = 0x0000_0004,
    /// Takes the calling party's phone off hook automatically when the call is placed.
    #[tapi(doc(
        fr = "Décroche automatiquement le téléphone de l’appelant lors de l’émission de l’appel.",
        de = "Das Telefon des Anrufers wird beim Absetzen des Anrufs automatisch abgehoben."
    ))]
    OrigOffHook = 0x0000_0008,
    /// Takes the called party's phone off hook automatically, so the call is answered without any
    /// action from that user.
    #[tapi(doc(
        fr = "Décroche automatiquement le téléphone de l’appelé, si bien que l’appel est pris sans aucune action de cet utilisateur.",
        de = "Das Telefon des angerufenen Teilnehmers wird automatisch abgehoben, sodass der Anruf ohne Zutun dieses Benutzers entgegengenommen wird."
    ))]
    DestOffHook = 0x0000_0010,
    /// Only with `lineSetupConference` and `linePrepareAddToConference`: the party given in
    /// `TargetAddress` is added without putting the existing call on hold and without drawing dial
    /// tone, and the conference forms by itself once the consultation call connects. Often used to
    /// bring a supervisor into an ACD agent's call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Uniquement avec `lineSetupConference` et `linePrepareAddToConference` : le correspondant indiqué dans `TargetAddress` est ajouté sans mise en attente de l’appel existant ni prise de tonalité de numérotation, et la conférence s’établit d’elle-même dès que l’appel de consultation est connecté. Sert souvent à faire entrer un superviseur dans l’appel d’un agent ACD.",
        de = "Nur mit `lineSetupConference` und `linePrepareAddToConference`: Der in `TargetAddress` angegebene Teilnehmer wird hinzugefügt, ohne dass der bestehende Anruf gehalten und ein Wählton angefordert wird, und die Konferenz kommt von selbst zustande, sobald der Rückfrageanruf verbunden ist (Konferenz ohne Halten). Wird oft verwendet, um einen Supervisor in den Anruf eines ACD-Agenten zu holen."
    ))]
    NoHoldConference = 0x0000_0020,
    /// Turns on enhanced call-progress and media monitoring for a call placed on an address with
    /// predictive dialing (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Without it, the call gets no such
    /// monitoring and no automatic transfer based on call state.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Active la détection avancée de la progression de l’appel et du média pour un appel émis sur une adresse dotée de la numérotation prédictive (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Sans cet indicateur, l’appel ne bénéficie ni de cette détection ni d’un transfert automatique selon son état.",
        de = "Schaltet für einen Anruf, der auf einer Adresse mit vorausschauender Wahl (Predictive Dialing, `LINEADDRCAPFLAGS_PREDICTIVEDIALER`) abgesetzt wird, die erweiterte Überwachung des Anrufverlaufs und der Medien ein. Ohne dieses Bit erhält der Anruf weder diese Überwachung noch eine automatische Übergabe anhand des Anrufzustands."
    ))]
    PredictiveDial = 0x0000_0040,
    /// Only with `lineSetupTransfer`: the consultation call also dials `TargetAddress` in the same
    /// step, so no separate `lineDial` is needed. The original call still waits on hold for the
    /// transfer, and `lineCompleteTransfer` must still be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Uniquement avec `lineSetupTransfer` : l’appel de consultation compose aussi `TargetAddress` dans la même opération, sans `lineDial` séparé. L’appel d’origine reste en attente de transfert, et il faut toujours appeler `lineCompleteTransfer`.",
        de = "Nur mit `lineSetupTransfer`: Der Rückfrageanruf wählt `TargetAddress` im selben Schritt, ein gesondertes `lineDial` ist also nicht nötig (Übergabe in einem Schritt). Der ursprüngliche Anruf wartet weiterhin gehalten auf die Übergabe, und `lineCompleteTransfer` muss trotzdem aufgerufen werden."
    ))]
    OneStepTransfer = 0x0000_0080,
}

/// Scope of the calls that a request applies to, for example in the `dwSelect` parameter of
/// `lineGetNewCalls` or `lineSetMediaControl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLSELECT_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Portée des appels visés par une requête, par exemple dans le paramètre `dwSelect` de `lineGetNewCalls` ou de `lineSetMediaControl`.",
    de = "Umfang der Anrufe, auf die sich eine Anforderung bezieht, etwa im Parameter `dwSelect` von `lineGetNewCalls` oder `lineSetMediaControl`."
))]
pub enum LineCallSelect {
    /// Selects the calls on the given line device.
    #[tapi(doc(
        fr = "Sélectionne les appels du périphérique de ligne indiqué.",
        de = "Wählt die Anrufe auf dem angegebenen Leitungsgerät aus."
    ))]
    Line = 0x0000_0001,
    /// Selects the calls on the given address.
    #[tapi(doc(
        fr = "Sélectionne les appels de l’adresse indiquée.",
        de = "Wählt die Anrufe auf der angegebenen Adresse aus."
    ))]
    Address = 0x0000_0002,
    /// Selects the calls related to the given call, such as the other parties of a conference.
    #[tapi(doc(
        fr = "Sélectionne les appels liés à l’appel indiqué, comme les autres participants d’une conférence.",
        de = "Wählt die Anrufe aus, die mit dem angegebenen Anruf zusammenhängen, etwa die anderen Teilnehmer einer Konferenz."
    ))]
    Call = 0x0000_0004,
    /// Selects the calls on the line named by a device identifier rather than a line handle. Only
    /// offered when TAPI 2.1 or later is negotiated; `LINE` is usually preferable.
    #[tapi(since = "2.1")]
    #[tapi(doc(
        fr = "Sélectionne les appels de la ligne désignée par un identifiant de périphérique plutôt que par un handle de ligne. Proposé seulement si TAPI 2.1 ou une version ultérieure est négociée ; `LINE` est en général préférable.",
        de = "Wählt die Anrufe auf der Leitung aus, die über eine Gerätekennung statt über ein Leitungshandle angegeben ist. Nur verfügbar, wenn TAPI 2.1 oder höher ausgehandelt wurde; `LINE` ist meist vorzuziehen."
    ))]
    DeviceId = 0x0000_0008,
    /// Selects the calls related to the given call identifier. Only offered when TAPI 3.0 or later
    /// is negotiated.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Sélectionne les appels liés à l’identifiant d’appel indiqué. Proposé seulement si TAPI 3.0 ou une version ultérieure est négociée.",
        de = "Wählt die Anrufe aus, die mit der angegebenen Anrufkennung zusammenhängen. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde."
    ))]
    CallId = 0x0000_0010,
}

/// How a consultation transfer set up with `lineSetupTransfer` is finished.
///
/// Passed as `dwTransferMode` to `lineCompleteTransfer`; `dwTransferModes` of `LINEADDRESSCAPS`
/// lists the modes an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSFERMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Façon de terminer un transfert avec consultation préparé par `lineSetupTransfer`. Passée comme `dwTransferMode` à `lineCompleteTransfer` ; `dwTransferModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.",
    de = "Art, wie eine mit `lineSetupTransfer` vorbereitete Übergabe mit Rückfrage abgeschlossen wird. Wird als `dwTransferMode` an `lineCompleteTransfer` übergeben; `dwTransferModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt."
))]
pub enum LineTransferMode {
    /// The original party is connected to the consulted party and the application steps out; from its
    /// point of view both calls go idle.
    #[tapi(doc(
        fr = "Le correspondant d’origine est mis en relation avec le correspondant consulté et l’application se retire ; de son point de vue, les deux appels deviennent inactifs.",
        de = "Der ursprüngliche Teilnehmer wird mit dem Teilnehmer der Rückfrage verbunden, und die Anwendung scheidet aus; aus ihrer Sicht werden beide Anrufe inaktiv."
    ))]
    Transfer = 0x0000_0001,
    /// Instead of stepping out, the application stays on and is joined with the original and consulted
    /// parties in a new three-way conference call.
    #[tapi(doc(
        fr = "Au lieu de se retirer, l’application reste en ligne et se retrouve avec le correspondant d’origine et le correspondant consulté dans un nouvel appel de conférence à trois.",
        de = "Statt auszuscheiden, bleibt die Anwendung in der Verbindung und wird mit dem ursprünglichen Teilnehmer und dem Teilnehmer der Rückfrage zu einer neuen Dreierkonferenz zusammengeschaltet."
    ))]
    Conference = 0x0000_0002,
}

/// Conditions under which calls arriving at an address are forwarded.
///
/// Used in `dwForwardMode` of each `LINEFORWARD` entry passed to `lineForward` and reported in
/// `LINEADDRESSSTATUS`; `dwForwardModes` of `LINEADDRESSCAPS` lists the modes an address supports.
/// The flags overlap on purpose: the plain busy/no-answer/unconditional values apply when a switch
/// cannot treat internal and external callers separately, the `INTERNAL`/`EXTERNAL` values when it
/// can, and `BUSYNA…` when busy and no-answer cannot be set apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEFORWARDMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Conditions dans lesquelles les appels arrivant sur une adresse sont renvoyés. Utilisées dans `dwForwardMode` de chaque entrée `LINEFORWARD` passée à `lineForward` et indiquées dans `LINEADDRESSSTATUS` ; `dwForwardModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse. Les indicateurs se recoupent volontairement : les valeurs simples (occupation, non-réponse, inconditionnel) servent quand le commutateur ne sait pas distinguer appelants internes et externes, les valeurs `INTERNAL`/`EXTERNAL` quand il le sait, et `BUSYNA…` quand occupation et non-réponse ne peuvent pas être séparées.",
    de = "Bedingungen, unter denen an einer Adresse eingehende Anrufe per Rufumleitung weitergeleitet werden. Verwendet in `dwForwardMode` jedes `LINEFORWARD`-Eintrags, der an `lineForward` übergeben wird, und in `LINEADDRESSSTATUS` gemeldet; `dwForwardModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt. Die Bits überschneiden sich absichtlich: Die einfachen Werte (bei Besetzt, bei Nichtmelden, sofort) gelten, wenn eine Vermittlung interne und externe Anrufer nicht getrennt behandeln kann, die Werte `INTERNAL`/`EXTERNAL`, wenn sie es kann, und `BUSYNA…`, wenn sich Besetzt und Nichtmelden nicht unterscheiden lassen."
))]
pub enum LineForwardMode {
    /// Every call is forwarded whatever its origin and whatever the state of the address, for
    /// switches that cannot treat internal and external calls separately. It takes precedence over
    /// busy and no-answer forwarding.
    #[tapi(doc(
        fr = "Tous les appels sont renvoyés, quelle que soit leur origine et quel que soit l’état de l’adresse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes. Ce mode l’emporte sur les renvois sur occupation et sur non-réponse.",
        de = "Jeder Anruf wird unabhängig von seiner Herkunft und vom Zustand der Adresse weitergeleitet (sofortige Rufumleitung), für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können. Dieser Modus hat Vorrang vor der Rufumleitung bei Besetzt und bei Nichtmelden."
    ))]
    Uncond = 0x0000_0001,
    /// Calls from inside the system (internal calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels provenant de l’intérieur du système (appels internes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.",
        de = "Anrufe aus dem eigenen System (interne Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    UncondInternal = 0x0000_0002,
    /// Calls from outside the system (external calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels provenant de l’extérieur du système (appels externes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.",
        de = "Anrufe von außerhalb des Systems (externe Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    UncondExternal = 0x0000_0004,
    /// Calls coming from one given caller address are always forwarded (selective forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont toujours renvoyés (renvoi sélectif).",
        de = "Anrufe von einer bestimmten Anruferadresse werden stets weitergeleitet (selektive Rufumleitung)."
    ))]
    UncondSpecific = 0x0000_0008,
    /// Calls of any origin are forwarded when the address is busy, for switches that cannot treat
    /// internal and external calls separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés lorsque l’adresse est occupée, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.",
        de = "Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können."
    ))]
    Busy = 0x0000_0010,
    /// Internal calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.",
        de = "Interne Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    BusyInternal = 0x0000_0020,
    /// External calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.",
        de = "Externe Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    BusyExternal = 0x0000_0040,
    /// Calls from one given caller address are forwarded when the address is busy (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés lorsque l’adresse est occupée (renvoi sélectif).",
        de = "Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn die Adresse besetzt ist (selektive Rufumleitung)."
    ))]
    BusySpecific = 0x0000_0080,
    /// Calls of any origin are forwarded when nobody answers, for switches that cannot treat
    /// internal and external calls separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés en l’absence de réponse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.",
        de = "Anrufe beliebiger Herkunft werden weitergeleitet, wenn sich niemand meldet, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können."
    ))]
    NoAnsw = 0x0000_0100,
    /// Internal calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.",
        de = "Interne Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    NoAnswInternal = 0x0000_0200,
    /// External calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.",
        de = "Externe Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird."
    ))]
    NoAnswExternal = 0x0000_0400,
    /// Calls from one given caller address are forwarded when nobody answers (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés en l’absence de réponse (renvoi sélectif).",
        de = "Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn sich niemand meldet (selektive Rufumleitung)."
    ))]
    NoAnswSpecific = 0x0000_0800,
    /// Calls of any origin are forwarded when the address is busy or does not answer, for switches
    /// that can set neither busy versus no-answer nor internal versus external separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés lorsque l’adresse est occupée ou ne répond pas, pour les commutateurs qui ne savent séparer ni l’occupation de la non-réponse, ni les appels internes des externes.",
        de = "Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist oder sich nicht meldet, für Vermittlungen, die weder Besetzt und Nichtmelden noch interne und externe Anrufe getrennt einstellen können."
    ))]
    BusyNa = 0x0000_1000,
    /// Internal calls are forwarded on busy or no answer, the two conditions being set together.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.",
        de = "Interne Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden."
    ))]
    BusyNaInternal = 0x0000_2000,
    /// External calls are forwarded on busy or no answer, the two conditions being set together.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.",
        de = "Externe Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden."
    ))]
    BusyNaExternal = 0x0000_4000,
    /// Calls from one given caller address are forwarded on busy or no answer (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés sur occupation ou non-réponse (renvoi sélectif).",
        de = "Anrufe von einer bestimmten Anruferadresse werden bei Besetzt oder Nichtmelden weitergeleitet (selektive Rufumleitung)."
    ))]
    BusyNaSpecific = 0x0000_8000,
    /// Forwarding is in effect, but under which conditions it applies has not been determined yet; that
    /// may be learned later (TAPI 1.4 and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un renvoi est en vigueur, mais ses conditions d’application n’ont pas encore été déterminées ; elles pourront l’être plus tard (TAPI 1.4 et versions ultérieures).",
        de = "Eine Rufumleitung ist aktiv, aber unter welchen Bedingungen sie greift, ist noch nicht bestimmt; das kann später bekannt werden (TAPI 1.4 oder höher)."
    ))]
    Unknown = 0x0001_0000,
    /// Forwarding is in effect, but the service provider can never find out under which conditions it
    /// applies (TAPI 1.4 and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un renvoi est en vigueur, mais le fournisseur de services ne pourra jamais savoir dans quelles conditions il s’applique (TAPI 1.4 et versions ultérieures).",
        de = "Eine Rufumleitung ist aktiv, aber der Dienstanbieter kann nie ermitteln, unter welchen Bedingungen sie greift (TAPI 1.4 oder höher)."
    ))]
    Unavail = 0x0002_0000,
}

/// Ways of parking a call at the switch.
///
/// Passed as `dwParkMode` to `linePark`; `dwParkModes` of `LINEADDRESSCAPS` lists the modes an
/// address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEPARKMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Façons de parquer un appel sur le commutateur. Passées comme `dwParkMode` à `linePark` ; `dwParkModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.",
    de = "Arten, einen Anruf in der Vermittlung zu parken. Sie werden als `dwParkMode` an `linePark` übergeben; `dwParkModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt."
))]
pub enum LineParkMode {
    /// Directed park: the application tells the switch at which address to park the call.
    #[tapi(doc(
        fr = "Parcage dirigé : l’application indique au commutateur l’adresse où parquer l’appel.",
        de = "Gezieltes Parken: Die Anwendung teilt der Vermittlung mit, an welcher Adresse der Anruf geparkt werden soll."
    ))]
    Directed = 0x0000_0001,
    /// Non-directed park: the switch chooses where to park the call and returns that address to the
    /// application.
    #[tapi(doc(
        fr = "Parcage non dirigé : le commutateur choisit où parquer l’appel et communique cette adresse à l’application.",
        de = "Ungezieltes Parken: Die Vermittlung wählt aus, wo der Anruf geparkt wird, und gibt diese Adresse an die Anwendung zurück."
    ))]
    NonDirected = 0x0000_0002,
}

/// Which parties, if any, may be taken out of a conference call on an address.
///
/// Reported in `dwRemoveFromConfCaps` of `LINEADDRESSCAPS`; it governs what
/// `lineRemoveFromConference` may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEREMOVEFROMCONF_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Participants qui peuvent, le cas échéant, être retirés d’un appel de conférence sur une adresse. Valeur indiquée dans `dwRemoveFromConfCaps` de `LINEADDRESSCAPS` ; elle détermine ce que `lineRemoveFromConference` peut faire.",
    de = "Gibt an, welche Teilnehmer gegebenenfalls auf einer Adresse aus einem Konferenzanruf entfernt werden können. Gemeldet in `dwRemoveFromConfCaps` von `LINEADDRESSCAPS`; der Wert bestimmt, was `lineRemoveFromConference` tun darf."
))]
pub enum LineRemoveFromConf {
    /// Once in the conference, parties stay in it; `lineRemoveFromConference` cannot take anyone out.
    #[tapi(doc(
        fr = "Une fois dans la conférence, les participants y restent ; `lineRemoveFromConference` ne peut en retirer personne.",
        de = "Teilnehmer, die der Konferenz beigetreten sind, bleiben darin; `lineRemoveFromConference` kann niemanden entfernen."
    ))]
    None = 0x0000_0001,
    /// Only the party that joined last can be taken out again (last in, first out).
    #[tapi(doc(
        fr = "Seul le dernier participant entré peut être retiré (dernier entré, premier sorti).",
        de = "Nur der zuletzt hinzugekommene Teilnehmer kann wieder entfernt werden (Last In, First Out)."
    ))]
    Last = 0x0000_0002,
    /// `lineRemoveFromConference` may take out whichever party the application chooses.
    #[tapi(doc(
        fr = "`lineRemoveFromConference` peut retirer n’importe quel participant choisi par l’application.",
        de = "`lineRemoveFromConference` kann jeden beliebigen Teilnehmer entfernen, den die Anwendung auswählt."
    ))]
    Any = 0x0000_0003,
}
