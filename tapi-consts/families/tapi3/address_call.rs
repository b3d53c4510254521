//! TAPI 3 enumerations of `Tapi3if.h`, A to C: address capabilities, states and events; call
//! states, privileges, media and notification events; call hubs; selectors of call information.

use tapi_consts::ConstFamily;

/// Selects the numeric capability of an address that `ITAddressCapabilities::get_AddressCapability`
/// returns. Most members stand for a member of the TAPI 2 `LINEADDRESSCAPS` or `LINEDEVCAPS`
/// structure, and the value read back is a count, a limit or a set of TAPI 2 flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AC_",
    c_type = "ADDRESS_CAPABILITY",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la capacité numérique d’une adresse que renvoie `ITAddressCapabilities::get_AddressCapability`. La plupart des membres correspondent à un membre des structures `LINEADDRESSCAPS` ou `LINEDEVCAPS` de TAPI 2, et la valeur lue est un nombre, une limite ou un ensemble d’indicateurs de TAPI 2.",
    de = "Wählt die numerische Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapability` liefert. Die meisten Mitglieder entsprechen einem Feld der TAPI-2-Strukturen `LINEADDRESSCAPS` oder `LINEDEVCAPS`, und der zurückgelesene Wert ist eine Anzahl, ein Grenzwert oder eine Menge von TAPI-2-Bits."
))]
pub enum AddressCapability {
    /// The address formats the address supports, as `LINEADDRESSTYPE_` flags; a call created with
    /// `ITAddress::CreateCall` uses only one of them.
    #[tapi(doc(
        fr = "Formats d’adresse pris en charge par l’adresse, sous forme d’indicateurs `LINEADDRESSTYPE_` ; un appel créé avec `ITAddress::CreateCall` n’en utilise qu’un.",
        de = "Die von der Adresse unterstützten Adressformate als Bits `LINEADDRESSTYPE_`; ein mit `ITAddress::CreateCall` angelegter Anruf verwendet nur eines davon."
    ))]
    AddressTypes = 0,
    /// The bearer modes the address supports, as `LINEBEARERMODE_` flags.
    #[tapi(doc(
        fr = "Modes porteurs pris en charge par l’adresse, sous forme d’indicateurs `LINEBEARERMODE_`.",
        de = "Die von der Adresse unterstützten Trägermodi als Bits `LINEBEARERMODE_`."
    ))]
    BearerModes = 1,
    /// The largest number of minimum-bandwidth calls that can be connected on the line at the same
    /// time; calls that need more bandwidth lower the real limit.
    #[tapi(doc(
        fr = "Nombre maximal d’appels à bande passante minimale pouvant être connectés en même temps sur la ligne ; des appels qui demandent plus de bande passante abaissent la limite réelle.",
        de = "Die Höchstzahl von Anrufen mit minimaler Bandbreite, die gleichzeitig auf der Leitung verbunden sein können; Anrufe, die mehr Bandbreite benötigen, senken die tatsächliche Grenze."
    ))]
    MaxActiveCalls = 2,
    /// The largest number of calls that can be on hold at the same time.
    #[tapi(doc(
        fr = "Nombre maximal d’appels pouvant être en attente en même temps.",
        de = "Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können."
    ))]
    MaxOnHoldCalls = 3,
    /// The largest number of calls that can be on hold at the same time while a transfer or a
    /// conference is pending.
    #[tapi(doc(
        fr = "Nombre maximal d’appels pouvant être en attente en même temps dans l’attente d’un transfert ou d’une conférence.",
        de = "Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können, während eine Übergabe oder eine Konferenz ansteht."
    ))]
    MaxOnHoldPendingCalls = 4,
    /// The largest number of parties that one conference call on this address can hold.
    #[tapi(doc(
        fr = "Nombre maximal de participants que peut compter une même conférence sur cette adresse.",
        de = "Die Höchstzahl von Teilnehmern, die ein einzelner Konferenzanruf auf dieser Adresse umfassen kann."
    ))]
    MaxNumConference = 5,
    /// The number of parties, the local one included, that a conference started as a consultation
    /// call through `ITBasicCallControl::Transfer` and then `ITBasicCallControl::Finish` with
    /// `FM_ASCONFERENCE` can hold.
    #[tapi(doc(
        fr = "Nombre de participants, poste local compris, que peut compter une conférence lancée comme appel de consultation par `ITBasicCallControl::Transfer` puis `ITBasicCallControl::Finish` avec `FM_ASCONFERENCE`.",
        de = "Die Anzahl der Teilnehmer einschließlich des lokalen, die eine Konferenz umfassen kann, die als Rückfrageanruf mit `ITBasicCallControl::Transfer` und anschließend `ITBasicCallControl::Finish` mit `FM_ASCONFERENCE` begonnen wurde."
    ))]
    MaxNumTransConf = 6,
    /// The digit modes the address can detect, as `LINEDIGITMODE_` flags; when no flag is set,
    /// digit monitoring is not available.
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres que l’adresse sait détecter, sous forme d’indicateurs `LINEDIGITMODE_` ; si aucun indicateur n’est présent, la détection des chiffres n’est pas disponible.",
        de = "Die Wahlverfahren, deren Ziffern die Adresse erkennen kann, als Bits `LINEDIGITMODE_`; ist kein Bit gesetzt, steht die Ziffernüberwachung nicht zur Verfügung."
    ))]
    MonitorDigitSupport = 7,
    /// The digit modes the address can generate, `LINEDIGITMODE_PULSE` and `LINEDIGITMODE_DTMF`;
    /// when no flag is set, digit generation is not available.
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres que l’adresse sait générer, `LINEDIGITMODE_PULSE` et `LINEDIGITMODE_DTMF` ; si aucun indicateur n’est présent, la génération de chiffres n’est pas disponible.",
        de = "Die Wahlverfahren, mit denen die Adresse Ziffern erzeugen kann, `LINEDIGITMODE_PULSE` und `LINEDIGITMODE_DTMF`; ist kein Bit gesetzt, steht die Ziffernerzeugung nicht zur Verfügung."
    ))]
    GenerateDigitSupport = 8,
    /// The kinds of tone the line can generate, as `LINETONEMODE_` flags.
    #[tapi(doc(
        fr = "Types de tonalité que la ligne sait générer, sous forme d’indicateurs `LINETONEMODE_`.",
        de = "Die Tonarten, die die Leitung erzeugen kann, als Bits `LINETONEMODE_`."
    ))]
    GenerateToneModes = 9,
    /// The largest number of frequencies that can make up a custom tone to generate.
    #[tapi(doc(
        fr = "Nombre maximal de fréquences pouvant composer une tonalité personnalisée à générer.",
        de = "Die Höchstzahl von Frequenzen, aus denen ein zu erzeugender benutzerdefinierter Ton bestehen kann."
    ))]
    GenerateToneMaxNumFreq = 10,
    /// The largest number of frequencies that can make up a custom tone to detect; zero means that
    /// tone monitoring is not available.
    #[tapi(doc(
        fr = "Nombre maximal de fréquences pouvant composer une tonalité personnalisée à détecter ; zéro signifie que la détection des tonalités n’est pas disponible.",
        de = "Die Höchstzahl von Frequenzen, aus denen ein zu erkennender benutzerdefinierter Ton bestehen kann; der Wert 0 bedeutet, dass die Tonüberwachung nicht zur Verfügung steht."
    ))]
    MonitorToneMaxNumFreq = 11,
    /// The largest number of entries in a list of tones to detect.
    #[tapi(doc(
        fr = "Nombre maximal d’entrées d’une liste de tonalités à détecter.",
        de = "Die Höchstzahl von Einträgen in einer Liste zu erkennender Töne."
    ))]
    MonitorToneMaxNumEntries = 12,
    /// The yes/no capabilities of the line device, as `LINEDEVCAPFLAGS_` flags.
    #[tapi(doc(
        fr = "Capacités booléennes du périphérique de ligne, sous forme d’indicateurs `LINEDEVCAPFLAGS_`.",
        de = "Die Ja/Nein-Fähigkeiten des Leitungsgeräts als Bits `LINEDEVCAPFLAGS_`."
    ))]
    DevCapFlags = 13,
    /// What becomes of the active call when another call is answered, as `LINEANSWERMODE_` flags.
    #[tapi(doc(
        fr = "Sort réservé à l’appel actif lorsqu’un autre appel est pris, sous forme d’indicateurs `LINEANSWERMODE_`.",
        de = "Was mit dem aktiven Anruf geschieht, wenn ein weiterer Anruf angenommen wird, als Bits `LINEANSWERMODE_`."
    ))]
    AnswerModes = 14,
    /// The `LINEFEATURE_` operations the line can ever offer: a set bit means the operation may be
    /// available when the line is in a suitable state and opened in a compatible mode, a clear bit
    /// that it never is.
    #[tapi(doc(
        fr = "Fonctions `LINEFEATURE_` que la ligne peut offrir : un bit à 1 signifie que la fonction peut être disponible lorsque la ligne est dans un état adéquat et ouverte dans un mode compatible, un bit à 0 qu’elle ne l’est jamais.",
        de = "Die Operationen `LINEFEATURE_`, die die Leitung überhaupt anbieten kann: Ein gesetztes Bit bedeutet, dass die Operation verfügbar sein kann, wenn sich die Leitung in einem geeigneten Zustand befindet und in einem kompatiblen Modus geöffnet ist, ein nicht gesetztes Bit, dass sie es nie ist."
    ))]
    LineFeatures = 15,
    /// The items of the line device status, as `LINEDEVSTATUSFLAGS_` flags, that an application may
    /// change.
    #[tapi(doc(
        fr = "Éléments de l’état du périphérique de ligne, sous forme d’indicateurs `LINEDEVSTATUSFLAGS_`, qu’une application peut modifier.",
        de = "Die Statusbits des Leitungsgeräts (Bits `LINEDEVSTATUSFLAGS_`), die eine Anwendung ändern kann."
    ))]
    SettableDevStatus = 16,
    /// The ways calls can be parked on the address, as `LINEPARKMODE_` flags.
    #[tapi(doc(
        fr = "Modes de parcage des appels disponibles sur l’adresse, sous forme d’indicateurs `LINEPARKMODE_`.",
        de = "Die Arten, auf die Anrufe auf der Adresse geparkt werden können, als Bits `LINEPARKMODE_`."
    ))]
    ParkSupport = 17,
    /// How the address can report the identity of the caller, as `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité de l’appelant, sous forme d’indicateurs `LINECALLPARTYID_`.",
        de = "Wie die Adresse die Kennungsangaben des Anrufers melden kann, als Bits `LINECALLPARTYID_`."
    ))]
    CallerIdSupport = 18,
    /// How the address can report the identity of the called party, as `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant appelé, sous forme d’indicateurs `LINECALLPARTYID_`.",
        de = "Wie die Adresse die Kennungsangaben des angerufenen Teilnehmers melden kann, als Bits `LINECALLPARTYID_`."
    ))]
    CalledIdSupport = 19,
    /// How the address can report the identity of the party the call is actually connected to, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant auquel l’appel est réellement connecté, sous forme d’indicateurs `LINECALLPARTYID_`.",
        de = "Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, mit dem der Anruf tatsächlich verbunden ist, als Bits `LINECALLPARTYID_`."
    ))]
    ConnectedIdSupport = 20,
    /// How the address can report the identity of the destination a call was redirected to, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité de la destination de la redirection, sous forme d’indicateurs `LINECALLPARTYID_`.",
        de = "Wie die Adresse die Kennungsangaben des Umleitungsziels eines Anrufs melden kann, als Bits `LINECALLPARTYID_`."
    ))]
    RedirectionIdSupport = 21,
    /// How the address can report the identity of the party that redirected a call, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant qui a redirigé l’appel, sous forme d’indicateurs `LINECALLPARTYID_`.",
        de = "Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, der einen Anruf umgeleitet hat, als Bits `LINECALLPARTYID_`."
    ))]
    RedirectingIdSupport = 22,
    /// The yes/no capabilities of the address, as `LINEADDRCAPFLAGS_` flags, such as whether a ring
    /// count can be given when forwarding on no answer.
    #[tapi(doc(
        fr = "Capacités booléennes de l’adresse, sous forme d’indicateurs `LINEADDRCAPFLAGS_`, par exemple la possibilité de fixer le nombre de sonneries d’un renvoi sur non-réponse.",
        de = "Die Ja/Nein-Fähigkeiten der Adresse als Bits `LINEADDRCAPFLAGS_`, etwa ob sich für die Rufumleitung bei Nichtmelden eine Anzahl von Klingelzeichen angeben lässt."
    ))]
    AddressCapFlags = 23,
    /// The call operations the address supports, as `LINECALLFEATURE_` flags.
    #[tapi(doc(
        fr = "Fonctions d’appel que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE_`.",
        de = "Die von der Adresse unterstützten Anrufoperationen als Bits `LINECALLFEATURE_`."
    ))]
    CallFeatures1 = 24,
    /// The supplementary conference, transfer and park operations the address supports, as
    /// `LINECALLFEATURE2_` flags.
    #[tapi(doc(
        fr = "Fonctions complémentaires de conférence, de transfert et de parcage que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE2_`.",
        de = "Die von der Adresse unterstützten zusätzlichen Operationen für Konferenz, Übergabe und Parken als Bits `LINECALLFEATURE2_`."
    ))]
    CallFeatures2 = 25,
    /// Whether calls can be removed from a conference on this address, and which ones (any, or only
    /// the last one added), as a `LINEREMOVEFROMCONF_` value.
    #[tapi(doc(
        fr = "Possibilité de retirer des appels d’une conférence sur cette adresse, et lesquels (n’importe lequel ou seulement le dernier ajouté), sous forme de valeur `LINEREMOVEFROMCONF_`.",
        de = "Ob auf dieser Adresse Anrufe aus einer Konferenz entfernt werden können und welche (jeder beliebige oder nur der zuletzt hinzugefügte), als Wert `LINEREMOVEFROMCONF_`."
    ))]
    RemoveFromConfCaps = 26,
    /// The `LINECALLSTATE_` state a call enters once it has been removed from a conference.
    #[tapi(doc(
        fr = "État `LINECALLSTATE_` dans lequel passe un appel une fois retiré d’une conférence.",
        de = "Der Zustand `LINECALLSTATE_`, in den ein Anruf wechselt, nachdem er aus einer Konferenz entfernt wurde."
    ))]
    RemoveFromConfState = 27,
    /// The ways the address can complete a transfer, as `LINETRANSFERMODE_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut achever un transfert, sous forme d’indicateurs `LINETRANSFERMODE_`.",
        de = "Die Arten, auf die die Adresse eine Übergabe abschließen kann, als Bits `LINETRANSFERMODE_`."
    ))]
    TransferModes = 28,
    /// The operations that can be invoked on the address, as `LINEADDRFEATURE_` flags;
    /// `LINEADDRFEATURE_FORWARD`, for example, means that the address can be forwarded.
    #[tapi(doc(
        fr = "Fonctions disponibles sur l’adresse, sous forme d’indicateurs `LINEADDRFEATURE_` ; `LINEADDRFEATURE_FORWARD`, par exemple, signifie que l’adresse peut être renvoyée.",
        de = "Die Operationen, die auf der Adresse aufgerufen werden können, als Bits `LINEADDRFEATURE_`; `LINEADDRFEATURE_FORWARD` etwa bedeutet, dass für die Adresse eine Rufumleitung eingerichtet werden kann."
    ))]
    AddressFeatures = 29,
    /// The `LINECALLSTATE_` states in which a call placed by a predictive dialer can be handed over
    /// automatically to another address; zero means that no such transfer is available.
    #[tapi(doc(
        fr = "États `LINECALLSTATE_` dans lesquels un appel émis par numérotation prédictive peut être transféré automatiquement vers une autre adresse ; zéro signifie qu’un tel transfert n’est pas disponible.",
        de = "Die Zustände `LINECALLSTATE_`, in denen ein per vorausschauender Wahl (Predictive Dialing) getätigter Anruf automatisch an eine andere Adresse übergeben werden kann; der Wert 0 bedeutet, dass eine solche Übergabe nicht verfügbar ist."
    ))]
    PredictiveAutoTransferStates = 30,
    /// The largest call data block, in bytes, that the address accepts.
    #[tapi(doc(
        fr = "Taille maximale, en octets, du bloc de données d’appel qu’accepte l’adresse.",
        de = "Die maximale Größe des Anrufdatenblocks in Bytes, die die Adresse akzeptiert."
    ))]
    MaxCallDataSize = 31,
    /// The device identifier of the line device the address belongs to.
    #[tapi(doc(
        fr = "Identifiant de périphérique du périphérique de ligne auquel appartient l’adresse.",
        de = "Die Gerätekennung des Leitungsgeräts, zu dem die Adresse gehört."
    ))]
    LineId = 32,
    /// The address identifier, which stays tied to the address, even across operating system
    /// upgrades.
    #[tapi(doc(
        fr = "Identifiant de l’adresse, qui reste attaché à celle-ci, même d’une mise à niveau du système d’exploitation à l’autre.",
        de = "Die Kennung der Adresse, die fest an diese gebunden bleibt, auch über Aktualisierungen des Betriebssystems hinweg."
    ))]
    AddressId = 33,
    /// The kinds of forwarding the address supports, as `LINEFORWARDMODE_` flags.
    #[tapi(doc(
        fr = "Types de renvoi pris en charge par l’adresse, sous forme d’indicateurs `LINEFORWARDMODE_`.",
        de = "Die von der Adresse unterstützten Arten der Rufumleitung als Bits `LINEFORWARDMODE_`."
    ))]
    ForwardModes = 34,
    /// The largest number of distinct forwarding entries the address supports.
    #[tapi(doc(
        fr = "Nombre maximal d’entrées de renvoi distinctes que l’adresse prend en charge.",
        de = "Die Höchstzahl unterschiedlicher Einträge für die Rufumleitung, die die Adresse unterstützt."
    ))]
    MaxForwardEntries = 35,
    /// The largest number of forwarding entries that apply to one particular caller (selective
    /// forwarding), set with `ITForwardInformation::SetForwardType`; zero means that selective
    /// forwarding is not supported.
    #[tapi(doc(
        fr = "Nombre maximal d’entrées de renvoi propres à un appelant donné (renvoi sélectif), définies avec `ITForwardInformation::SetForwardType` ; zéro signifie que le renvoi sélectif n’est pas pris en charge.",
        de = "Die Höchstzahl von Einträgen für die Rufumleitung, die für einen bestimmten Anrufer gelten (selektive Rufumleitung) und mit `ITForwardInformation::SetForwardType` festgelegt werden; der Wert 0 bedeutet, dass die selektive Rufumleitung nicht unterstützt wird."
    ))]
    MaxSpecificEntries = 36,
    /// The smallest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[tapi(doc(
        fr = "Nombre minimal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.",
        de = "Die kleinste Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt."
    ))]
    MinFwdNumRings = 37,
    /// The largest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[tapi(doc(
        fr = "Nombre maximal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.",
        de = "Die größte Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt."
    ))]
    MaxFwdNumRings = 38,
    /// The largest number of call completion requests that can be outstanding at the same time on
    /// the address; zero means that call completion is not available.
    #[tapi(doc(
        fr = "Nombre maximal de demandes d’achèvement d’appel pouvant être en cours en même temps sur l’adresse ; zéro signifie que l’achèvement d’appel n’est pas disponible.",
        de = "Die Höchstzahl von Anforderungen zur Anrufvervollständigung, die auf der Adresse gleichzeitig ausstehen können; der Wert 0 bedeutet, dass die Anrufvervollständigung nicht verfügbar ist."
    ))]
    MaxCallCompletions = 39,
    /// The conditions under which call completion can be requested, as `LINECALLCOMPLCOND_` flags.
    #[tapi(doc(
        fr = "Conditions dans lesquelles un achèvement d’appel peut être demandé, sous forme d’indicateurs `LINECALLCOMPLCOND_`.",
        de = "Die Bedingungen, unter denen eine Anrufvervollständigung angefordert werden kann, als Bits `LINECALLCOMPLCOND_`."
    ))]
    CallCompletionConditions = 40,
    /// The kinds of call completion the address supports, as `LINECALLCOMPLMODE_` flags.
    #[tapi(doc(
        fr = "Types d’achèvement d’appel pris en charge par l’adresse, sous forme d’indicateurs `LINECALLCOMPLMODE_`.",
        de = "Die von der Adresse unterstützten Arten der Anrufvervollständigung als Bits `LINECALLCOMPLMODE_`."
    ))]
    CallCompletionModes = 41,
    /// The permanent identifier of the line device in the system configuration; it does not change
    /// when other lines are added or removed, and all addresses of the line share it.
    #[tapi(doc(
        fr = "Identifiant permanent du périphérique de ligne dans la configuration du système ; il ne change pas quand d’autres lignes sont ajoutées ou retirées, et toutes les adresses de la ligne le partagent.",
        de = "Die permanente Kennung des Leitungsgeräts in der Systemkonfiguration; sie ändert sich nicht, wenn andere Leitungen hinzugefügt oder entfernt werden, und alle Adressen der Leitung teilen sie."
    ))]
    PermanentDeviceId = 42,
    /// The shortest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMinTimeout` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Délai minimal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMinTimeout` de `LINEDEVCAPS`.",
        de = "Das kürzeste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMinTimeout` von `LINEDEVCAPS`."
    ))]
    GatherDigitsMinTimeout = 43,
    /// The longest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMaxTimeout` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Délai maximal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMaxTimeout` de `LINEDEVCAPS`.",
        de = "Das längste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMaxTimeout` von `LINEDEVCAPS`."
    ))]
    GatherDigitsMaxTimeout = 44,
    /// The shortest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MinDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée minimale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MinDialParams` dans `LINEDEVCAPS`.",
        de = "Die kürzeste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MinDialParams` von `LINEDEVCAPS`."
    ))]
    GenerateDigitMinDuration = 45,
    /// The longest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MaxDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée maximale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MaxDialParams` dans `LINEDEVCAPS`.",
        de = "Die längste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MaxDialParams` von `LINEDEVCAPS`."
    ))]
    GenerateDigitMaxDuration = 46,
    /// The default duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `DefaultDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée par défaut, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `DefaultDialParams` dans `LINEDEVCAPS`.",
        de = "Die Standarddauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `DefaultDialParams` von `LINEDEVCAPS`."
    ))]
    GenerateDigitDefaultDuration = 47,
}

/// Selects the capability of an address that `ITAddressCapabilities::get_AddressCapabilityString`
/// returns as a `BSTR`. Each member stands for a variable-size member of the TAPI 2 `LINEDEVCAPS`
/// or `LINEADDRESSCAPS` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ACS_",
    c_type = "ADDRESS_CAPABILITY_STRING",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la capacité d’une adresse que `ITAddressCapabilities::get_AddressCapabilityString` renvoie sous forme de `BSTR`. Chaque membre correspond à un membre de taille variable des structures `LINEDEVCAPS` ou `LINEADDRESSCAPS` de TAPI 2.",
    de = "Wählt die Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapabilityString` als `BSTR` liefert. Jedes Mitglied entspricht einem Feld variabler Größe der TAPI-2-Strukturen `LINEDEVCAPS` oder `LINEADDRESSCAPS`."
))]
pub enum AddressCapabilityString {
    /// The protocol of the line as a GUID in string form, one of the `TAPIPROTOCOL_` values or one
    /// the provider defines; it matches `ProtocolGuid` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Protocole de la ligne sous forme de GUID en chaîne, l’une des valeurs `TAPIPROTOCOL_` ou une valeur définie par le fournisseur ; il correspond à `ProtocolGuid` de `LINEDEVCAPS`.",
        de = "Das Protokoll der Leitung als GUID in Zeichenkettenform, einer der Werte `TAPIPROTOCOL_` oder ein vom Anbieter festgelegter Wert; es entspricht `ProtocolGuid` von `LINEDEVCAPS`."
    ))]
    Protocol = 0,
    /// The device-specific data of the address (`dwDevSpecific` of `LINEADDRESSCAPS`), laid out as
    /// the provider defines; the `BSTR` is to be read as a byte buffer.
    #[tapi(doc(
        fr = "Données propres au périphérique de l’adresse (`dwDevSpecific` de `LINEADDRESSCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.",
        de = "Die gerätespezifischen Daten der Adresse (`dwDevSpecific` von `LINEADDRESSCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen."
    ))]
    AddressDeviceSpecific = 1,
    /// The device-specific data of the line (`dwDevSpecific` of `LINEDEVCAPS`), laid out as the
    /// provider defines; the `BSTR` is to be read as a byte buffer.
    #[tapi(doc(
        fr = "Données propres au périphérique de la ligne (`dwDevSpecific` de `LINEDEVCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.",
        de = "Die gerätespezifischen Daten der Leitung (`dwDevSpecific` von `LINEDEVCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen."
    ))]
    LineDeviceSpecific = 2,
    /// Plain-text information about the service provider, the provider information of
    /// `LINEDEVCAPS`; it may contain embedded null characters.
    #[tapi(doc(
        fr = "Informations en texte brut sur le fournisseur de services, celles du fournisseur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.",
        de = "Informationen über den Dienstanbieter als reiner Text, die Anbieterinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten."
    ))]
    ProviderSpecific = 3,
    /// Plain-text information about the switch, the switch information of `LINEDEVCAPS`; it may
    /// contain embedded null characters.
    #[tapi(doc(
        fr = "Informations en texte brut sur le commutateur, celles du commutateur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.",
        de = "Informationen über die Vermittlung als reiner Text, die Vermittlungsinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten."
    ))]
    SwitchSpecific = 4,
    /// The permanent GUID of the line device in string form, which stays the same even across
    /// operating system upgrades; it matches `PermanentLineGuid` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "GUID permanent du périphérique de ligne sous forme de chaîne, qui reste le même d’une mise à niveau du système d’exploitation à l’autre ; il correspond à `PermanentLineGuid` de `LINEDEVCAPS`.",
        de = "Die permanente GUID des Leitungsgeräts in Zeichenkettenform, die auch über Aktualisierungen des Betriebssystems hinweg gleich bleibt; sie entspricht `PermanentLineGuid` von `LINEDEVCAPS`."
    ))]
    PermanentDeviceGuid = 5,
}

/// Kinds of address event, returned by `ITAddressEvent::get_Event`. For TAPI 3 applications they
/// take the place of the `LINE_LINEDEVSTATE` message of TAPI 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AE_",
    c_type = "ADDRESS_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements d’adresse, renvoyés par `ITAddressEvent::get_Event`. Pour les applications TAPI 3, ils remplacent le message `LINE_LINEDEVSTATE` de TAPI 2.",
    de = "Arten von Adressereignissen, die `ITAddressEvent::get_Event` liefert. Für TAPI-3-Anwendungen ersetzen sie die Nachricht `LINE_LINEDEVSTATE` von TAPI 2."
))]
pub enum AddressEvent {
    /// The state of the address has changed; `ITAddress::get_State` gives the new one.
    #[tapi(doc(
        fr = "L’état de l’adresse a changé ; `ITAddress::get_State` donne le nouvel état.",
        de = "Der Zustand der Adresse hat sich geändert; `ITAddress::get_State` liefert den neuen Zustand."
    ))]
    State = 0,
    /// The capabilities of the address have changed.
    #[tapi(doc(
        fr = "Les capacités de l’adresse ont changé.",
        de = "Die Fähigkeiten der Adresse haben sich geändert."
    ))]
    CapsChange = 1,
    /// The address is ringing.
    #[tapi(doc(
        fr = "La sonnerie retentit sur l’adresse.",
        de = "Auf der Adresse ertönt das Rufsignal."
    ))]
    Ringing = 2,
    /// The configuration of the address has changed.
    #[tapi(doc(
        fr = "La configuration de l’adresse a changé.",
        de = "Die Konfiguration der Adresse hat sich geändert."
    ))]
    ConfigChange = 3,
    /// The forwarding of the address has changed; `ITAddress::get_CurrentForwardInfo` gives the new
    /// settings.
    #[tapi(doc(
        fr = "Le renvoi de l’adresse a changé ; `ITAddress::get_CurrentForwardInfo` en donne les nouveaux réglages.",
        de = "Die Rufumleitung der Adresse hat sich geändert; `ITAddress::get_CurrentForwardInfo` liefert die neuen Einstellungen."
    ))]
    Forward = 4,
    /// A terminal has been added; the application should select it on any active call that is to
    /// use it.
    #[tapi(doc(
        fr = "Un terminal a été ajouté ; l’application doit le sélectionner sur tout appel actif qui doit l’utiliser.",
        de = "Ein Terminal wurde hinzugefügt; die Anwendung sollte es auf jedem aktiven Anruf auswählen, der es verwenden soll."
    ))]
    NewTerminal = 5,
    /// A terminal has been removed; the application should unselect it from any active call it is
    /// selected on.
    #[tapi(doc(
        fr = "Un terminal a été retiré ; l’application doit le désélectionner de tout appel actif sur lequel il est sélectionné.",
        de = "Ein Terminal wurde entfernt; die Anwendung sollte seine Auswahl auf jedem aktiven Anruf aufheben, auf dem es ausgewählt ist."
    ))]
    RemoveTerminal = 6,
    /// The message waiting indicator has come on; this concerns addresses of phone devices only.
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est allumé ; cela ne concerne que les adresses de périphériques téléphoniques.",
        de = "Die Anzeige für wartende Nachrichten wurde eingeschaltet; das betrifft nur Adressen von Telefongeräten."
    ))]
    MsgWaitOn = 7,
    /// The message waiting indicator has gone off; this concerns addresses of phone devices only.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est éteint ; cela ne concerne que les adresses de périphériques téléphoniques.",
        de = "Die Anzeige für wartende Nachrichten wurde ausgeschaltet; das betrifft nur Adressen von Telefongeräten."
    ))]
    MsgWaitOff = 8,
}

/// Whether an address can be used, as `ITAddress::get_State` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AS_",
    c_type = "ADDRESS_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Indique si une adresse est utilisable, tel que le signale `ITAddress::get_State`.",
    de = "Gibt an, ob eine Adresse verwendet werden kann, wie `ITAddress::get_State` es meldet."
))]
pub enum AddressState {
    /// The address is in its normal state and can be used.
    #[tapi(doc(
        fr = "L’adresse est dans son état normal et peut être utilisée.",
        de = "Die Adresse befindet sich im Normalzustand und kann verwendet werden."
    ))]
    InService = 0,
    /// The address is out of service for the time being and may come back into service later.
    #[tapi(doc(
        fr = "L’adresse est temporairement hors service et peut être remise en service plus tard.",
        de = "Die Adresse ist vorübergehend außer Betrieb und kann später wieder in Betrieb gehen."
    ))]
    OutOfService = 1,
}

/// Kinds of media event on a call, returned by `ITCallMediaEvent::get_Event`. Because of latency,
/// stream events can still arrive a few seconds after the stream or the call has been torn down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CME_",
    c_type = "CALL_MEDIA_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de média d’un appel, renvoyés par `ITCallMediaEvent::get_Event`. En raison de la latence, des événements de flux peuvent encore arriver quelques secondes après la suppression du flux ou de l’appel.",
    de = "Arten von Medienereignissen eines Anrufs, die `ITCallMediaEvent::get_Event` liefert. Wegen der Latenz können Ereignisse zu Medienströmen noch einige Sekunden nach dem Abbau des Medienstroms oder des Anrufs eintreffen."
))]
pub enum CallMediaEvent {
    /// A new media stream has been created.
    #[tapi(name = "NEW_STREAM")]
    #[tapi(doc(
        fr = "Un nouveau flux de média a été créé.",
        de = "Ein neuer Medienstrom wurde angelegt."
    ))]
    NewStream = 0,
    /// A media stream, or a request made on it, has failed.
    #[tapi(name = "STREAM_FAIL")]
    #[tapi(doc(
        fr = "Un flux de média, ou une requête portant sur lui, a échoué.",
        de = "Ein Medienstrom oder eine an ihn gerichtete Anforderung ist fehlgeschlagen."
    ))]
    StreamFail = 1,
    /// A terminal has failed.
    #[tapi(name = "TERMINAL_FAIL")]
    #[tapi(doc(
        fr = "Un terminal a connu une défaillance.",
        de = "Ein Terminal ist ausgefallen."
    ))]
    TerminalFail = 2,
    /// The media stream has not been used.
    #[tapi(name = "STREAM_NOT_USED")]
    #[tapi(doc(
        fr = "Le flux de média n’a pas été utilisé.",
        de = "Der Medienstrom wurde nicht verwendet."
    ))]
    StreamNotUsed = 3,
    /// The media stream has become active.
    #[tapi(name = "STREAM_ACTIVE")]
    #[tapi(doc(
        fr = "Le flux de média est devenu actif.",
        de = "Der Medienstrom ist aktiv geworden."
    ))]
    StreamActive = 4,
    /// The media stream is no longer active.
    #[tapi(name = "STREAM_INACTIVE", alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Le flux de média n’est plus actif.",
        de = "Der Medienstrom ist nicht mehr aktiv."
    ))]
    StreamInactive = 5,
}

/// What caused a media event on a call, such as a device timeout, as returned by
/// `ITCallMediaEvent::get_Cause`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CMC_",
    c_type = "CALL_MEDIA_EVENT_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Cause d’un événement de média d’un appel, par exemple l’expiration du délai d’un périphérique, telle que la renvoie `ITCallMediaEvent::get_Cause`.",
    de = "Ursache eines Medienereignisses eines Anrufs, etwa eine Zeitüberschreitung bei einem Gerät, wie `ITCallMediaEvent::get_Cause` sie liefert."
))]
pub enum CallMediaEventCause {
    /// The cause of the media event is not known.
    #[tapi(doc(
        fr = "La cause de l’événement de média n’est pas connue.",
        de = "Die Ursache des Medienereignisses ist nicht bekannt."
    ))]
    Unknown = 0,
    /// The capture or rendering device is not working.
    #[tapi(name = "BAD_DEVICE")]
    #[tapi(doc(
        fr = "Le périphérique de capture ou de restitution ne fonctionne pas.",
        de = "Das Erfassungs- oder Wiedergabegerät funktioniert nicht."
    ))]
    BadDevice = 1,
    /// The connection to the media device could not be made.
    #[tapi(name = "CONNECT_FAIL")]
    #[tapi(doc(
        fr = "La connexion au périphérique de média n’a pas pu être établie.",
        de = "Die Verbindung zum Mediengerät konnte nicht hergestellt werden."
    ))]
    ConnectFail = 2,
    /// The event follows a local request, such as the application calling a method of the stream.
    #[tapi(name = "LOCAL_REQUEST")]
    #[tapi(doc(
        fr = "L’événement fait suite à une requête locale, par exemple l’appel par l’application d’une méthode du flux.",
        de = "Das Ereignis folgt auf eine lokale Anforderung, etwa den Aufruf einer Methode des Medienstroms durch die Anwendung."
    ))]
    LocalRequest = 3,
    /// The event follows a request from the remote end.
    #[tapi(name = "REMOTE_REQUEST")]
    #[tapi(doc(
        fr = "L’événement fait suite à une requête de l’extrémité distante.",
        de = "Das Ereignis folgt auf eine Anforderung der Gegenseite."
    ))]
    RemoteRequest = 4,
    /// The media device timed out, so the media carrying the stream is unavailable for the time
    /// being.
    #[tapi(name = "MEDIA_TIMEOUT")]
    #[tapi(doc(
        fr = "Le délai du périphérique de média a expiré : le média qui porte le flux est temporairement indisponible.",
        de = "Beim Mediengerät ist eine Zeitüberschreitung aufgetreten, sodass das Medium, das den Medienstrom überträgt, vorübergehend nicht verfügbar ist."
    ))]
    MediaTimeout = 5,
    /// Media processing has resumed after an interruption.
    #[tapi(name = "MEDIA_RECOVERED")]
    #[tapi(doc(
        fr = "Le traitement du média a repris après une interruption.",
        de = "Die Medienverarbeitung wurde nach einer Unterbrechung wieder aufgenommen."
    ))]
    MediaRecovered = 6,
    /// The event has to do with the quality of service (QoS) of the media; it mirrors
    /// `CALL_CAUSE_QUALITY_OF_SERVICE` of the media service provider interface.
    #[tapi(name = "QUALITY_OF_SERVICE")]
    #[tapi(doc(
        fr = "L’événement est lié à la QoS (qualité de service) du média ; il reprend `CALL_CAUSE_QUALITY_OF_SERVICE` de l’interface des MSP (fournisseurs de services de média).",
        de = "Das Ereignis betrifft die QoS (Dienstgüte) des Mediums; es entspricht `CALL_CAUSE_QUALITY_OF_SERVICE` der Schnittstelle für MSP (Mediendienstanbieter)."
    ))]
    QualityOfService = 7,
}

/// Kinds of call notification, returned by `ITCallNotificationEvent::get_Event`: they tell whether
/// the application owns or monitors the call the event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CNE_",
    c_type = "CALL_NOTIFICATION_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types de notifications d’appel, renvoyés par `ITCallNotificationEvent::get_Event` : ils indiquent si l’application est propriétaire de l’appel concerné ou si elle le surveille.",
    de = "Arten von Anrufbenachrichtigungen, die `ITCallNotificationEvent::get_Event` liefert: Sie geben an, ob die Anwendung Besitzer des betreffenden Anrufs ist oder ihn überwacht."
))]
pub enum CallNotificationEvent {
    /// The application owns the call on which the event occurred.
    #[tapi(doc(
        fr = "L’application est propriétaire de l’appel sur lequel l’événement s’est produit.",
        de = "Die Anwendung ist Besitzer des Anrufs, auf dem das Ereignis eingetreten ist."
    ))]
    Owner = 0,
    /// The application monitors the call on which the event occurred.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "L’application surveille l’appel sur lequel l’événement s’est produit.",
        de = "Die Anwendung überwacht den Anruf, auf dem das Ereignis eingetreten ist."
    ))]
    Monitor = 1,
}

/// The privilege the application holds on a call, owner or monitor, as returned by
/// `ITCallInfo::get_Privilege`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CP_",
    c_type = "CALL_PRIVILEGE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Privilège que l’application détient sur un appel, propriétaire ou surveillance, tel que le renvoie `ITCallInfo::get_Privilege`.",
    de = "Die Berechtigung, die die Anwendung für einen Anruf hat (Besitzerprivileg oder Überwachungsberechtigung), wie `ITCallInfo::get_Privilege` sie liefert."
))]
pub enum CallPrivilege {
    /// The application owns the call and may act on it.
    #[tapi(doc(
        fr = "L’application est propriétaire de l’appel et peut agir dessus.",
        de = "Die Anwendung ist Besitzer des Anrufs und darf Operationen auf ihm ausführen."
    ))]
    Owner = 0,
    /// The application only monitors the call: it receives its events and can read its information,
    /// but most operations on it fail.
    #[tapi(doc(
        fr = "L’application se contente de surveiller l’appel : elle en reçoit les événements et peut en lire les informations, mais la plupart des opérations sur l’appel échouent.",
        de = "Die Anwendung überwacht den Anruf nur: Sie erhält seine Ereignisse und kann seine Informationen lesen, aber die meisten Operationen auf dem Anruf schlagen fehl."
    ))]
    Monitor = 1,
}

/// States of a TAPI 3 call, read with `ITCallInfo::get_CallState` and reported by
/// `ITCallStateEvent::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CS_",
    c_type = "CALL_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "États d’un appel TAPI 3, lus avec `ITCallInfo::get_CallState` et signalés par `ITCallStateEvent::get_State`.",
    de = "Zustände eines TAPI-3-Anrufs, die mit `ITCallInfo::get_CallState` gelesen und von `ITCallStateEvent::get_State` gemeldet werden."
))]
pub enum CallState {
    /// The call object exists but `Connect` has not been called yet; incoming and outgoing calls
    /// both start here, and no call ever returns to this state.
    #[tapi(doc(
        fr = "L’objet appel existe mais `Connect` n’a pas encore été appelé ; les appels entrants comme sortants commencent dans cet état, et aucun appel n’y revient jamais.",
        de = "Das Anrufobjekt besteht, aber `Connect` wurde noch nicht aufgerufen; eingehende wie ausgehende Anrufe beginnen in diesem Zustand, und kein Anruf kehrt je in ihn zurück."
    ))]
    Idle = 0,
    /// `Connect` has been called and the service provider is setting up the connection; only
    /// outgoing calls pass through this state, and a provider may skip it.
    #[tapi(doc(
        fr = "`Connect` a été appelé et le fournisseur de services établit la connexion ; seuls les appels sortants passent par cet état, et un fournisseur peut l’omettre.",
        de = "`Connect` wurde aufgerufen, und der Dienstanbieter baut die Verbindung auf; nur ausgehende Anrufe durchlaufen diesen Zustand, und ein Anbieter kann ihn überspringen."
    ))]
    InProgress = 1,
    /// The call is connected to the remote end and communication can take place.
    #[tapi(doc(
        fr = "L’appel est connecté à l’extrémité distante et la communication peut avoir lieu.",
        de = "Der Anruf ist mit der Gegenseite verbunden, und die Kommunikation kann stattfinden."
    ))]
    Connected = 2,
    /// The call has been disconnected; it leaves this state for no other, and the application
    /// should release it.
    #[tapi(doc(
        fr = "L’appel a été déconnecté ; il ne passe plus dans aucun autre état, et l’application doit le libérer.",
        de = "Die Verbindung des Anrufs wurde getrennt; aus diesem Zustand wechselt er in keinen anderen mehr, und die Anwendung sollte ihn freigeben."
    ))]
    Disconnected = 3,
    /// A new call is being offered to the application, which can answer or disconnect it if it
    /// holds owner privilege.
    #[tapi(doc(
        fr = "Un nouvel appel est présenté à l’application, qui peut y répondre ou le déconnecter si elle détient le privilège de propriétaire.",
        de = "Der Anwendung wird ein neuer Anruf angeboten; hat sie das Besitzerprivileg, kann sie ihn annehmen oder seine Verbindung trennen."
    ))]
    Offering = 4,
    /// The call has been put on hold.
    #[tapi(doc(
        fr = "L’appel a été mis en attente.",
        de = "Der Anruf wurde in den Haltezustand versetzt."
    ))]
    Hold = 5,
    /// The call is waiting in a queue.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "L’appel patiente dans une file d’attente.",
        de = "Der Anruf wartet in einer Warteschlange."
    ))]
    Queued = 6,
}

/// Why a call changed state, as returned by `ITCallStateEvent::get_Cause`. Apart from `CEC_NONE`,
/// every cause explains why a call was disconnected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CEC_",
    c_type = "CALL_STATE_EVENT_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Raison pour laquelle un appel a changé d’état, telle que la renvoie `ITCallStateEvent::get_Cause`. Hormis `CEC_NONE`, chaque cause explique la déconnexion d’un appel.",
    de = "Grund, aus dem ein Anruf seinen Zustand gewechselt hat, wie `ITCallStateEvent::get_Cause` ihn liefert. Abgesehen von `CEC_NONE` erklärt jede Ursache, warum die Verbindung eines Anrufs getrennt wurde."
))]
pub enum CallStateEventCause {
    /// No particular cause comes with the event.
    #[tapi(doc(
        fr = "Aucune cause particulière n’accompagne l’événement.",
        de = "Das Ereignis hat keine besondere Ursache."
    ))]
    None = 0,
    /// The call ended in the normal course of its life: it was over, so it was disconnected.
    #[tapi(name = "DISCONNECT_NORMAL")]
    #[tapi(doc(
        fr = "L’appel s’est terminé dans le cours normal de son existence : il était fini, il a donc été déconnecté.",
        de = "Der Anruf endete im normalen Verlauf: Er war abgeschlossen, daher wurde seine Verbindung getrennt."
    ))]
    DisconnectNormal = 1,
    /// An outgoing call could not connect because the remote end was busy.
    #[tapi(name = "DISCONNECT_BUSY")]
    #[tapi(doc(
        fr = "Un appel sortant n’a pas pu aboutir, car l’extrémité distante était occupée.",
        de = "Ein ausgehender Anruf kam nicht zustande, weil die Gegenseite besetzt war."
    ))]
    DisconnectBusy = 2,
    /// An outgoing call failed because the destination address was not valid.
    #[tapi(name = "DISCONNECT_BADADDRESS")]
    #[tapi(doc(
        fr = "Un appel sortant a échoué, car l’adresse de destination n’était pas valide.",
        de = "Ein ausgehender Anruf ist fehlgeschlagen, weil die Zieladresse ungültig war."
    ))]
    DisconnectBadAddress = 3,
    /// An outgoing call failed because nobody answered at the remote end.
    #[tapi(name = "DISCONNECT_NOANSWER")]
    #[tapi(doc(
        fr = "Un appel sortant a échoué, car personne n’a répondu à l’extrémité distante.",
        de = "Ein ausgehender Anruf ist fehlgeschlagen, weil sich auf der Gegenseite niemand gemeldet hat."
    ))]
    DisconnectNoAnswer = 4,
    /// An outgoing call failed because the caller ended it.
    #[tapi(name = "DISCONNECT_CANCELLED")]
    #[tapi(doc(
        fr = "Un appel sortant a échoué, car l’appelant y a mis fin.",
        de = "Ein ausgehender Anruf ist fehlgeschlagen, weil der Anrufer ihn beendet hat."
    ))]
    DisconnectCancelled = 5,
    /// The remote end rejected the outgoing call.
    #[tapi(name = "DISCONNECT_REJECTED")]
    #[tapi(doc(
        fr = "L’extrémité distante a refusé l’appel sortant.",
        de = "Die Gegenseite hat den ausgehenden Anruf abgewiesen."
    ))]
    DisconnectRejected = 6,
    /// The call could not connect for some other reason.
    #[tapi(name = "DISCONNECT_FAILED")]
    #[tapi(doc(
        fr = "L’appel n’a pas pu aboutir pour une autre raison.",
        de = "Der Anruf kam aus einem anderen Grund nicht zustande."
    ))]
    DisconnectFailed = 7,
    /// The network blocked the call; this is the TAPI 3 counterpart of
    /// `LINEDISCONNECTMODE_BLOCKED`.
    #[tapi(name = "DISCONNECT_BLOCKED", since = "3.1")]
    #[tapi(doc(
        fr = "Le réseau a bloqué l’appel ; c’est l’équivalent TAPI 3 de `LINEDISCONNECTMODE_BLOCKED`.",
        de = "Das Netz hat den Anruf blockiert; dies ist das TAPI-3-Gegenstück zu `LINEDISCONNECTMODE_BLOCKED`."
    ))]
    DisconnectBlocked = 8,
}

/// Kinds of call hub event, returned by `ITCallHubEvent::get_Event`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CHE_",
    c_type = "CALLHUB_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de concentrateur d’appels (call hub), renvoyés par `ITCallHubEvent::get_Event`.",
    de = "Arten von Anrufhub-Ereignissen, die `ITCallHubEvent::get_Event` liefert."
))]
pub enum CallHubEvent {
    /// A call has joined the call hub.
    #[tapi(doc(
        fr = "Un appel a rejoint le concentrateur d’appels.",
        de = "Ein Anruf ist dem Anrufhub beigetreten."
    ))]
    CallJoin = 0,
    /// A call has left the call hub.
    #[tapi(doc(
        fr = "Un appel a quitté le concentrateur d’appels.",
        de = "Ein Anruf hat den Anrufhub verlassen."
    ))]
    CallLeave = 1,
    /// A new call hub has appeared.
    #[tapi(doc(
        fr = "Un nouveau concentrateur d’appels est apparu.",
        de = "Ein neuer Anrufhub ist entstanden."
    ))]
    CallHubNew = 2,
    /// A call hub has become idle.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Un concentrateur d’appels est devenu inactif.",
        de = "Ein Anrufhub ist inaktiv geworden."
    ))]
    CallHubIdle = 3,
}

/// State of a call hub, as returned by `ITCallHub::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CHS_",
    c_type = "CALLHUB_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "État d’un concentrateur d’appels, tel que le renvoie `ITCallHub::get_State`.",
    de = "Zustand eines Anrufhubs, wie `ITCallHub::get_State` ihn liefert."
))]
pub enum CallHubState {
    /// At least one call of the call hub is not in the `CS_DISCONNECTED` state.
    #[tapi(doc(
        fr = "Au moins un appel du concentrateur d’appels n’est pas à l’état `CS_DISCONNECTED`.",
        de = "Mindestens ein Anruf des Anrufhubs ist nicht im Zustand `CS_DISCONNECTED`."
    ))]
    Active = 0,
    /// Every call of the call hub is in the `CS_DISCONNECTED` state.
    #[tapi(doc(
        fr = "Tous les appels du concentrateur d’appels sont à l’état `CS_DISCONNECTED`.",
        de = "Alle Anrufe des Anrufhubs sind im Zustand `CS_DISCONNECTED`."
    ))]
    Idle = 1,
}

/// Selects the buffer of call information read or written with `ITCallInfo::GetCallInfoBuffer` and
/// `ITCallInfo::SetCallInfoBuffer`, or with `get_CallInfoBuffer` and `put_CallInfoBuffer` from
/// Automation clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIB_",
    c_type = "CALLINFO_BUFFER",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la mémoire tampon d’informations d’appel lue ou écrite avec `ITCallInfo::GetCallInfoBuffer` et `ITCallInfo::SetCallInfoBuffer`, ou avec `get_CallInfoBuffer` et `put_CallInfoBuffer` depuis les clients Automation.",
    de = "Wählt den Puffer der Anrufinformationen aus, der mit `ITCallInfo::GetCallInfoBuffer` und `ITCallInfo::SetCallInfoBuffer` oder von Automatisierungsclients mit `get_CallInfoBuffer` und `put_CallInfoBuffer` gelesen oder geschrieben wird."
))]
pub enum CallInfoBuffer {
    /// User-user information, sent to or received from the remote party of the call.
    #[tapi(doc(
        fr = "Informations d’usager à usager, envoyées au correspondant distant de l’appel ou reçues de lui.",
        de = "Benutzer-zu-Benutzer-Informationen, die an die Gegenseite des Anrufs gesendet oder von ihr empfangen werden."
    ))]
    UserUserInfo = 0,
    /// Device-specific data exchanged with the service provider, whose meaning depends on the
    /// provider.
    #[tapi(doc(
        fr = "Données propres au périphérique échangées avec le fournisseur de services, dont le sens dépend du fournisseur.",
        de = "Gerätespezifische Daten, die mit dem Dienstanbieter ausgetauscht werden und deren Bedeutung vom Anbieter abhängt."
    ))]
    DevSpecificBuffer = 1,
    /// The call data, a block the application and the service provider exchange about this call;
    /// its content depends on the provider.
    #[tapi(doc(
        fr = "Données d’appel, un bloc que l’application et le fournisseur de services échangent au sujet de cet appel ; son contenu dépend du fournisseur.",
        de = "Die Anrufdaten, ein Block, den die Anwendung und der Dienstanbieter zu diesem Anruf austauschen; sein Inhalt hängt vom Anbieter ab."
    ))]
    CallDataBuffer = 2,
    /// Charging information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de taxation, dans un format que définissent d’autres normes (Q.931 du RNIS).",
        de = "Gebühreninformationen in einem Format, das andere Normen festlegen (ISDN, Q.931)."
    ))]
    ChargingInfoBuffer = 3,
    /// High-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de compatibilité de couche haute, dans un format que définissent d’autres normes (Q.931 du RNIS).",
        de = "Kompatibilitätsinformationen der höheren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931)."
    ))]
    HighLevelCompatibilityBuffer = 4,
    /// Low-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de compatibilité de couche basse, dans un format que définissent d’autres normes (Q.931 du RNIS).",
        de = "Kompatibilitätsinformationen der unteren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931)."
    ))]
    LowLevelCompatibilityBuffer = 5,
}

/// Selects the numeric (`LONG`) item of call information read with `ITCallInfo::get_CallInfoLong`
/// or written with `ITCallInfo::put_CallInfoLong`. Most items stand for a member of the TAPI 2
/// `LINECALLINFO` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIL_",
    c_type = "CALLINFO_LONG",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne l’élément numérique (`LONG`) des informations d’appel lu avec `ITCallInfo::get_CallInfoLong` ou écrit avec `ITCallInfo::put_CallInfoLong`. La plupart des éléments correspondent à un membre de la structure `LINECALLINFO` de TAPI 2.",
    de = "Wählt die numerische Angabe (`LONG`) der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoLong` gelesen oder mit `ITCallInfo::put_CallInfoLong` geschrieben wird. Die meisten Angaben entsprechen einem Feld der TAPI-2-Struktur `LINECALLINFO`."
))]
pub enum CallInfoLong {
    /// The media types available on the call, as `TAPIMEDIATYPE_` flags.
    #[tapi(doc(
        fr = "Types de média disponibles sur l’appel, sous forme d’indicateurs `TAPIMEDIATYPE_`.",
        de = "Die auf dem Anruf verfügbaren Medientypen als Bits `TAPIMEDIATYPE_`."
    ))]
    MediaTypesAvailable = 0,
    /// The bearer mode of the call, a `LINEBEARERMODE_` value.
    #[tapi(doc(
        fr = "Mode porteur de l’appel, valeur `LINEBEARERMODE_`.",
        de = "Der Trägermodus des Anrufs, ein Wert `LINEBEARERMODE_`."
    ))]
    BearerMode = 1,
    /// The address format of the caller's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse de l’identité de l’appelant, valeur `LINEADDRESSTYPE_`.",
        de = "Das Adressformat der Kennungsangaben des Anrufers, ein Wert `LINEADDRESSTYPE_`."
    ))]
    CallerIdAddressType = 2,
    /// The address format of the called party's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse de l’identité du correspondant appelé, valeur `LINEADDRESSTYPE_`.",
        de = "Das Adressformat der Kennungsangaben des angerufenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`."
    ))]
    CalledIdAddressType = 3,
    /// The address format of the connected party's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse de l’identité du correspondant connecté, valeur `LINEADDRESSTYPE_`.",
        de = "Das Adressformat der Kennungsangaben des verbundenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`."
    ))]
    ConnectedIdAddressType = 4,
    /// The address format of the destination the call was redirected to, a `LINEADDRESSTYPE_`
    /// value.
    #[tapi(doc(
        fr = "Format d’adresse de la destination de la redirection, valeur `LINEADDRESSTYPE_`.",
        de = "Das Adressformat des Umleitungsziels des Anrufs, ein Wert `LINEADDRESSTYPE_`."
    ))]
    RedirectionIdAddressType = 5,
    /// The address format of the party that redirected the call, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse du correspondant qui a redirigé l’appel, valeur `LINEADDRESSTYPE_`.",
        de = "Das Adressformat des Teilnehmers, der den Anruf umgeleitet hat, ein Wert `LINEADDRESSTYPE_`."
    ))]
    RedirectingIdAddressType = 6,
    /// Where the call comes from, a `LINECALLORIGIN_` value such as `LINECALLORIGIN_EXTERNAL`.
    #[tapi(doc(
        fr = "Origine de l’appel, valeur `LINECALLORIGIN_` telle que `LINECALLORIGIN_EXTERNAL`.",
        de = "Die Herkunft des Anrufs, ein Wert `LINECALLORIGIN_` wie `LINECALLORIGIN_EXTERNAL`."
    ))]
    Origin = 7,
    /// Why the call arrived, a `LINECALLREASON_` value such as `LINECALLREASON_FWDUNCOND`.
    #[tapi(doc(
        fr = "Raison de l’arrivée de l’appel, valeur `LINECALLREASON_` telle que `LINECALLREASON_FWDUNCOND`.",
        de = "Der Grund, aus dem der Anruf eingetroffen ist, ein Wert `LINECALLREASON_` wie `LINECALLREASON_FWDUNCOND`."
    ))]
    Reason = 8,
    /// A value that applications attach to the call to share information; neither TAPI nor the
    /// provider interprets it, and only an owner can set it.
    #[tapi(doc(
        fr = "Valeur que les applications rattachent à l’appel pour partager des informations ; ni TAPI ni le fournisseur ne l’interprètent, et seul un propriétaire peut la définir.",
        de = "Ein Wert, den Anwendungen an den Anruf anhängen, um Informationen auszutauschen; weder TAPI noch der Anbieter werten ihn aus, und nur ein Besitzer kann ihn setzen."
    ))]
    AppSpecific = 9,
    /// The call setup options, as `LINECALLPARAMFLAGS_` flags such as `LINECALLPARAMFLAGS_BLOCKID`,
    /// usually set when an outgoing call is created.
    #[tapi(doc(
        fr = "Options d’établissement de l’appel, sous forme d’indicateurs `LINECALLPARAMFLAGS_` tels que `LINECALLPARAMFLAGS_BLOCKID`, en général définies à la création d’un appel sortant.",
        de = "Die Optionen für den Verbindungsaufbau als Bits `LINECALLPARAMFLAGS_` wie `LINECALLPARAMFLAGS_BLOCKID`, meist beim Anlegen eines ausgehenden Anrufs gesetzt."
    ))]
    CallParamsFlags = 10,
    /// How the call is handled while unanswered or on hold, a `LINECALLTREATMENT_` value such as
    /// `LINECALLTREATMENT_MUSIC`.
    #[tapi(doc(
        fr = "Traitement d’appel appliqué tant que l’appel n’est pas pris ou qu’il est en attente, valeur `LINECALLTREATMENT_` telle que `LINECALLTREATMENT_MUSIC`.",
        de = "Die Anrufbehandlung, solange der Anruf unbeantwortet ist oder gehalten wird, ein Wert `LINECALLTREATMENT_` wie `LINECALLTREATMENT_MUSIC`."
    ))]
    CallTreatment = 11,
    /// The lowest data rate of the call's stream, in bits per second.
    #[tapi(doc(
        fr = "Débit minimal du flux de l’appel, en bits par seconde.",
        de = "Die niedrigste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde."
    ))]
    MinRate = 12,
    /// The highest data rate of the call's stream, in bits per second.
    #[tapi(doc(
        fr = "Débit maximal du flux de l’appel, en bits par seconde.",
        de = "Die höchste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde."
    ))]
    MaxRate = 13,
    /// The country or region code of the call.
    #[tapi(doc(
        fr = "Indicatif de pays ou de région de l’appel.",
        de = "Die Landes- oder Regionskennzahl des Anrufs."
    ))]
    CountryCode = 14,
    /// The call identifier, a unique code that some service providers give each call.
    #[tapi(doc(
        fr = "Identifiant d’appel, code unique que certains fournisseurs de services attribuent à chaque appel.",
        de = "Die Anrufkennung, ein eindeutiger Code, den manche Dienstanbieter jedem Anruf zuweisen."
    ))]
    CallId = 15,
    /// The identifier of a call related to this one, as in a conference.
    #[tapi(doc(
        fr = "Identifiant d’un appel lié à celui-ci, par exemple dans une conférence.",
        de = "Die Kennung eines zugehörigen Anrufs, etwa in einer Konferenz."
    ))]
    RelatedCallId = 16,
    /// The completion identifier, which tells call completion requests in progress apart and may be
    /// reused once its request has finished or been cancelled.
    #[tapi(doc(
        fr = "Identifiant d’achèvement d’appel, qui distingue les demandes d’achèvement en cours et peut être réutilisé une fois la demande terminée ou annulée.",
        de = "Die Kennung der Anrufvervollständigung, die laufende Anforderungen zur Anrufvervollständigung voneinander unterscheidet und wiederverwendet werden kann, sobald ihre Anforderung abgeschlossen oder abgebrochen ist."
    ))]
    CompletionId = 17,
    /// The number of applications that hold owner privilege on the call.
    #[tapi(doc(
        fr = "Nombre d’applications détenant le privilège de propriétaire sur l’appel.",
        de = "Die Anzahl der Anwendungen, die das Besitzerprivileg für den Anruf haben."
    ))]
    NumberOfOwners = 18,
    /// The number of applications that hold monitor privilege on the call.
    #[tapi(doc(
        fr = "Nombre d’applications détenant le privilège de surveillance sur l’appel.",
        de = "Die Anzahl der Anwendungen, die die Überwachungsberechtigung für den Anruf haben."
    ))]
    NumberOfMonitors = 19,
    /// The identifier of the trunk the call uses.
    #[tapi(doc(
        fr = "Identifiant de la ligne réseau qu’emprunte l’appel.",
        de = "Die Kennung der Amtsleitung, die der Anruf belegt."
    ))]
    Trunk = 20,
    /// The current data rate of the call's stream, in bits per second.
    #[tapi(doc(
        fr = "Débit actuel du flux de l’appel, en bits par seconde.",
        de = "Die aktuelle Datenrate des Medienstroms des Anrufs in Bit pro Sekunde."
    ))]
    Rate = 21,
    /// The duration, in milliseconds, of the digits generated on the call, as in the digit duration
    /// of its `LINEDIALPARAMS`.
    #[tapi(doc(
        fr = "Durée, en millisecondes, des chiffres générés sur l’appel, comme la durée des chiffres de ses `LINEDIALPARAMS`.",
        de = "Die Dauer der auf dem Anruf erzeugten Ziffern in Millisekunden, wie die Dauer der Ziffern in seinen `LINEDIALPARAMS`."
    ))]
    GenerateDigitDuration = 22,
    /// The digit modes being detected on the call, as `LINEDIGITMODE_` flags (`dwMonitorDigitModes`
    /// of `LINECALLINFO`).
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres détectés sur l’appel, sous forme d’indicateurs `LINEDIGITMODE_` (`dwMonitorDigitModes` de `LINECALLINFO`).",
        de = "Die Wahlverfahren, deren Ziffern auf dem Anruf derzeit überwacht werden, als Bits `LINEDIGITMODE_` (`dwMonitorDigitModes` von `LINECALLINFO`)."
    ))]
    MonitorDigitModes = 23,
    /// The media modes being detected on the call, as `LINEMEDIAMODE_` flags (`dwMonitorMediaModes`
    /// of `LINECALLINFO`).
    #[tapi(doc(
        fr = "Modes de média détectés sur l’appel, sous forme d’indicateurs `LINEMEDIAMODE_` (`dwMonitorMediaModes` de `LINECALLINFO`).",
        de = "Die Medienmodi, auf die der Anruf derzeit überwacht wird, als Bits `LINEMEDIAMODE_` (`dwMonitorMediaModes` von `LINECALLINFO`)."
    ))]
    MonitorMediaModes = 24,
}

/// Selects the text item of call information read with `ITCallInfo::get_CallInfoString` or written
/// with `ITCallInfo::put_CallInfoString`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIS_",
    c_type = "CALLINFO_STRING",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne l’élément textuel des informations d’appel lu avec `ITCallInfo::get_CallInfoString` ou écrit avec `ITCallInfo::put_CallInfoString`.",
    de = "Wählt die Textangabe der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoString` gelesen oder mit `ITCallInfo::put_CallInfoString` geschrieben wird."
))]
pub enum CallInfoString {
    /// The name of the caller.
    #[tapi(doc(fr = "Nom de l’appelant.", de = "Der Name des Anrufers."))]
    CallerIdName = 0,
    /// The number of the caller.
    #[tapi(doc(fr = "Numéro de l’appelant.", de = "Die Nummer des Anrufers."))]
    CallerIdNumber = 1,
    /// The name of the called party.
    #[tapi(doc(
        fr = "Nom du correspondant appelé.",
        de = "Der Name des angerufenen Teilnehmers."
    ))]
    CalledIdName = 2,
    /// The number of the called party.
    #[tapi(doc(
        fr = "Numéro du correspondant appelé.",
        de = "Die Nummer des angerufenen Teilnehmers."
    ))]
    CalledIdNumber = 3,
    /// The name of the party the call is connected to.
    #[tapi(doc(
        fr = "Nom du correspondant connecté.",
        de = "Der Name des Teilnehmers, mit dem der Anruf verbunden ist."
    ))]
    ConnectedIdName = 4,
    /// The number of the party the call is connected to.
    #[tapi(doc(
        fr = "Numéro du correspondant connecté.",
        de = "Die Nummer des Teilnehmers, mit dem der Anruf verbunden ist."
    ))]
    ConnectedIdNumber = 5,
    /// The name of the destination the call was redirected to.
    #[tapi(doc(
        fr = "Nom de la destination de la redirection.",
        de = "Der Name des Umleitungsziels des Anrufs."
    ))]
    RedirectionIdName = 6,
    /// The number of the destination the call was redirected to.
    #[tapi(doc(
        fr = "Numéro de la destination de la redirection.",
        de = "Die Nummer des Umleitungsziels des Anrufs."
    ))]
    RedirectionIdNumber = 7,
    /// The name of the party that redirected the call.
    #[tapi(doc(
        fr = "Nom du correspondant qui a redirigé l’appel.",
        de = "Der Name des Teilnehmers, der den Anruf umgeleitet hat."
    ))]
    RedirectingIdName = 8,
    /// The number of the party that redirected the call.
    #[tapi(doc(
        fr = "Numéro du correspondant qui a redirigé l’appel.",
        de = "Die Nummer des Teilnehmers, der den Anruf umgeleitet hat."
    ))]
    RedirectingIdNumber = 9,
    /// A friendly name for the called party, with no counterpart in TAPI 2.
    #[tapi(doc(
        fr = "Nom convivial du correspondant appelé, sans équivalent dans TAPI 2.",
        de = "Ein Anzeigename des angerufenen Teilnehmers, ohne Entsprechung in TAPI 2."
    ))]
    CalledPartyFriendlyName = 10,
    /// A comment on the call from the application that placed it; it can be set only while the call
    /// is in the `CS_IDLE` state.
    #[tapi(doc(
        fr = "Commentaire sur l’appel fourni par l’application qui l’a émis ; il ne peut être défini que lorsque l’appel est à l’état `CS_IDLE`.",
        de = "Ein Kommentar zum Anruf von der Anwendung, die ihn getätigt hat; er kann nur gesetzt werden, solange sich der Anruf im Zustand `CS_IDLE` befindet."
    ))]
    Comment = 11,
    /// A form of the called or calling address fit for display.
    #[tapi(doc(
        fr = "Forme affichable de l’adresse appelée ou appelante.",
        de = "Eine zur Anzeige geeignete Form der angerufenen oder anrufenden Adresse."
    ))]
    DisplayableAddress = 12,
    /// The identifier of the calling party, which TAPI 2 passes in `dwCallingPartyIDOffset` of
    /// `LINECALLPARAMS`.
    #[tapi(doc(
        fr = "Identifiant de l’appelant, que TAPI 2 transmet dans `dwCallingPartyIDOffset` de `LINECALLPARAMS`.",
        de = "Die Kennung des Anrufers, die TAPI 2 in `dwCallingPartyIDOffset` von `LINECALLPARAMS` übergibt."
    ))]
    CallingPartyId = 13,
}

/// Which item of call information has changed, as returned by `ITCallInfoChangeEvent::get_Cause`.
/// It is the TAPI 3 counterpart of the `LINECALLINFOSTATE_` flags that TAPI 2 sends with
/// `LINE_CALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIC_",
    c_type = "CALLINFOCHANGE_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Élément des informations d’appel qui a changé, tel que le renvoie `ITCallInfoChangeEvent::get_Cause`. C’est l’équivalent TAPI 3 des indicateurs `LINECALLINFOSTATE_` que TAPI 2 envoie avec `LINE_CALLINFO`.",
    de = "Angabe der Anrufinformationen, die sich geändert hat, wie `ITCallInfoChangeEvent::get_Cause` sie liefert. Sie ist das TAPI-3-Gegenstück zu den Bits `LINECALLINFOSTATE_`, die TAPI 2 mit `LINE_CALLINFO` sendet."
))]
pub enum CallInfoChangeCause {
    /// Some call information not named by the other members has changed.
    #[tapi(doc(
        fr = "Une information d’appel que les autres membres ne désignent pas a changé.",
        de = "Eine Anrufinformation, die die übrigen Mitglieder nicht benennen, hat sich geändert."
    ))]
    Other = 0,
    /// The device-specific call information has changed.
    #[tapi(doc(
        fr = "Les informations d’appel propres au périphérique ont changé.",
        de = "Die gerätespezifischen Anrufinformationen haben sich geändert."
    ))]
    DevSpecific = 1,
    /// The bearer mode of the call has changed.
    #[tapi(doc(
        fr = "Le mode porteur de l’appel a changé.",
        de = "Der Trägermodus des Anrufs hat sich geändert."
    ))]
    BearerMode = 2,
    /// The data rate of the call has changed.
    #[tapi(doc(
        fr = "Le débit de l’appel a changé.",
        de = "Die Datenrate des Anrufs hat sich geändert."
    ))]
    Rate = 3,
    /// The application-specific value of the call, which only owners can set, has changed.
    #[tapi(doc(
        fr = "La valeur propre à l’application rattachée à l’appel, que seuls les propriétaires peuvent définir, a changé.",
        de = "Der anwendungsspezifische Wert des Anrufs, den nur Besitzer setzen können, hat sich geändert."
    ))]
    AppSpecific = 4,
    /// The call identifier has changed.
    #[tapi(doc(
        fr = "L’identifiant d’appel a changé.",
        de = "Die Anrufkennung hat sich geändert."
    ))]
    CallId = 5,
    /// The identifier of the related call has changed.
    #[tapi(doc(
        fr = "L’identifiant de l’appel lié a changé.",
        de = "Die Kennung des zugehörigen Anrufs hat sich geändert."
    ))]
    RelatedCallId = 6,
    /// The origin of the call has changed.
    #[tapi(doc(
        fr = "L’origine de l’appel a changé.",
        de = "Die Herkunft des Anrufs hat sich geändert."
    ))]
    Origin = 7,
    /// The reason for the call has changed.
    #[tapi(doc(
        fr = "La raison de l’appel a changé.",
        de = "Der Grund des Anrufs hat sich geändert."
    ))]
    Reason = 8,
    /// The completion identifier has changed.
    #[tapi(doc(
        fr = "L’identifiant d’achèvement d’appel a changé.",
        de = "Die Kennung der Anrufvervollständigung hat sich geändert."
    ))]
    CompletionId = 9,
    /// The number of applications owning the call has gone up.
    #[tapi(doc(
        fr = "Le nombre d’applications propriétaires de l’appel a augmenté.",
        de = "Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gestiegen."
    ))]
    NumOwnerIncr = 10,
    /// The number of applications owning the call has gone down.
    #[tapi(doc(
        fr = "Le nombre d’applications propriétaires de l’appel a diminué.",
        de = "Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gesunken."
    ))]
    NumOwnerDecr = 11,
    /// The number of applications monitoring the call has changed.
    #[tapi(doc(
        fr = "Le nombre d’applications qui surveillent l’appel a changé.",
        de = "Die Anzahl der Anwendungen, die den Anruf überwachen, hat sich geändert."
    ))]
    NumMonitors = 12,
    /// The trunk the call uses has changed.
    #[tapi(doc(
        fr = "La ligne réseau qu’emprunte l’appel a changé.",
        de = "Die Amtsleitung, die der Anruf belegt, hat sich geändert."
    ))]
    Trunk = 13,
    /// The identification of the caller has changed.
    #[tapi(doc(
        fr = "L’identification de l’appelant a changé.",
        de = "Die Kennungsangaben des Anrufers haben sich geändert."
    ))]
    CallerId = 14,
    /// The identification of the called party has changed.
    #[tapi(doc(
        fr = "L’identification du correspondant appelé a changé.",
        de = "Die Kennungsangaben des angerufenen Teilnehmers haben sich geändert."
    ))]
    CalledId = 15,
    /// The identification of the connected party has changed.
    #[tapi(doc(
        fr = "L’identification du correspondant connecté a changé.",
        de = "Die Kennungsangaben des verbundenen Teilnehmers haben sich geändert."
    ))]
    ConnectedId = 16,
    /// The identification of the destination the call was redirected to has changed.
    #[tapi(doc(
        fr = "L’identification de la destination de la redirection a changé.",
        de = "Die Kennungsangaben des Umleitungsziels haben sich geändert."
    ))]
    RedirectionId = 17,
    /// The identification of the party that redirected the call has changed.
    #[tapi(doc(
        fr = "L’identification du correspondant qui a redirigé l’appel a changé.",
        de = "Die Kennungsangaben des Teilnehmers, der den Anruf umgeleitet hat, haben sich geändert."
    ))]
    RedirectingId = 18,
    /// The user-user information buffer has changed.
    #[tapi(doc(
        fr = "La mémoire tampon d’informations d’usager à usager a changé.",
        de = "Der Puffer mit den Benutzer-zu-Benutzer-Informationen hat sich geändert."
    ))]
    UserUserInfo = 19,
    /// The high-level compatibility information (ISDN Q.931) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche haute (Q.931 du RNIS) ont changé.",
        de = "Die Kompatibilitätsinformationen der höheren Schichten (ISDN, Q.931) haben sich geändert."
    ))]
    HighLevelComp = 20,
    /// The low-level compatibility information (ISDN Q.931) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche basse (Q.931 du RNIS) ont changé.",
        de = "Die Kompatibilitätsinformationen der unteren Schichten (ISDN, Q.931) haben sich geändert."
    ))]
    LowLevelComp = 21,
    /// The charging information of the call has changed.
    #[tapi(doc(
        fr = "Les informations de taxation de l’appel ont changé.",
        de = "Die Gebühreninformationen des Anrufs haben sich geändert."
    ))]
    ChargingInfo = 22,
    /// The treatment applied to the call while it is on hold has changed.
    #[tapi(doc(
        fr = "Le traitement d’appel appliqué pendant la mise en attente a changé.",
        de = "Die Anrufbehandlung, die angewendet wird, während der Anruf gehalten wird, hat sich geändert."
    ))]
    Treatment = 23,
    /// The call data buffer has changed.
    #[tapi(doc(
        fr = "La mémoire tampon des données d’appel a changé.",
        de = "Der Puffer mit den Anrufdaten hat sich geändert."
    ))]
    CallData = 24,
    /// The application's privilege on the call has changed.
    #[tapi(doc(
        fr = "Le privilège de l’application sur l’appel a changé.",
        de = "Die Berechtigung der Anwendung für den Anruf hat sich geändert."
    ))]
    Privilege = 25,
    /// The media type of the call has changed.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Le type de média de l’appel a changé.",
        de = "Der Medientyp des Anrufs hat sich geändert."
    ))]
    MediaType = 26,
}
