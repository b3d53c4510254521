//! Addresses of a line: capabilities, modes, sharing, state changes, address types and features.

use tapi_consts::ConstFamily;

/// Yes/no capabilities of an address on a line device.
///
/// Reported in the `dwAddrCapFlags` member of `LINEADDRESSCAPS`, filled in by
/// `lineGetAddressCaps`. Each bit set means the capability is present; all 32 bits are defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRCAPFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Capacités booléennes d’une adresse d’un périphérique de ligne, indiquées dans le membre `dwAddrCapFlags` de `LINEADDRESSCAPS`, que remplit `lineGetAddressCaps`.",
    de = "Ja/Nein-Fähigkeiten einer Adresse eines Leitungsgeräts; sie werden im Feld `dwAddrCapFlags` der Struktur `LINEADDRESSCAPS` gemeldet, die `lineGetAddressCaps` ausfüllt. Jedes gesetzte Bit bedeutet, dass die Fähigkeit vorhanden ist; alle 32 Bits sind belegt."
))]
pub enum LineAddrCapFlags {
    /// When forwarding on no answer, the number of rings before the call is forwarded can be
    /// chosen; the allowed range is in `dwMinFwdNumRings` and `dwMaxFwdNumRings` of
    /// `LINEADDRESSCAPS`.
    #[tapi(doc(
        fr = "Lors d’un renvoi sur non-réponse, le nombre de sonneries avant le renvoi peut être choisi ; la plage autorisée figure dans `dwMinFwdNumRings` et `dwMaxFwdNumRings` de `LINEADDRESSCAPS`.",
        de = "Bei einer Rufumleitung bei Nichtmelden lässt sich festlegen, nach wie vielen Klingelzeichen der Anruf weitergeleitet wird; der zulässige Bereich steht in `dwMinFwdNumRings` und `dwMaxFwdNumRings` von `LINEADDRESSCAPS`."
    ))]
    FwdNumRings = 0x0000_0001,
    /// Picking up a call on this address requires a pickup group identifier.
    #[tapi(doc(
        fr = "L’interception d’un appel sur cette adresse exige l’identifiant d’un groupe d’interception.",
        de = "Das Heranholen eines Anrufs auf dieser Adresse erfordert die Kennung einer Heranholgruppe."
    ))]
    PickupGroupId = 0x0000_0002,
    /// A call made on this address can be requested as secure when it is set up.
    #[tapi(doc(
        fr = "Un appel passé sur cette adresse peut être demandé comme sécurisé dès son établissement.",
        de = "Ein Anruf von dieser Adresse kann beim Verbindungsaufbau als gesicherter Anruf angefordert werden."
    ))]
    Secure = 0x0000_0004,
    /// By default the network withholds the caller's identity on calls made from this address;
    /// when the bit is clear, the identity is sent by default.
    #[tapi(doc(
        fr = "Par défaut, le réseau masque l’identité de l’appelant pour les appels passés depuis cette adresse ; si le bit est à zéro, l’identité est transmise par défaut.",
        de = "Standardmäßig unterdrückt das Netz bei Anrufen von dieser Adresse die Kennungsangaben des Anrufers; ist das Bit nicht gesetzt, werden sie standardmäßig übermittelt."
    ))]
    BlockIdDefault = 0x0000_0008,
    /// The default choice between sending and withholding the caller's identity can be reversed
    /// for an individual call.
    #[tapi(doc(
        fr = "Le choix par défaut entre transmission et masquage de l’identité de l’appelant peut être inversé pour un appel donné.",
        de = "Die Standardvorgabe, ob die Kennungsangaben des Anrufers übermittelt oder unterdrückt werden, lässt sich für einen einzelnen Anruf umkehren."
    ))]
    BlockIdOverride = 0x0000_0010,
    /// A destination must be dialled to place a call from this address; when clear, the
    /// destination is fixed, as on a hot-line phone.
    #[tapi(doc(
        fr = "Il faut composer une destination pour appeler depuis cette adresse ; si le bit est à zéro, la destination est fixe, comme sur une ligne directe (hot line).",
        de = "Für einen Anruf von dieser Adresse muss ein Ziel gewählt werden; ist das Bit nicht gesetzt, ist das Ziel fest vorgegeben, wie bei einem Telefon mit Direktruf (Hotline)."
    ))]
    Dialed = 0x0000_0020,
    /// The calling party's phone can be taken off hook automatically when a call is placed.
    #[tapi(doc(
        fr = "Le téléphone de l’appelant peut être décroché automatiquement lorsqu’un appel est passé.",
        de = "Das Telefon des Anrufers kann beim Tätigen eines Anrufs automatisch abgehoben werden."
    ))]
    OrigOffHook = 0x0000_0040,
    /// The called party's phone can be forced off hook automatically when a call is placed.
    #[tapi(doc(
        fr = "Le téléphone de l’appelé peut être forcé à décrocher automatiquement lorsqu’un appel est passé.",
        de = "Das Telefon des angerufenen Teilnehmers kann beim Tätigen eines Anrufs automatisch zwangsweise in den abgehobenen Zustand versetzt werden."
    ))]
    DestOffHook = 0x0000_0080,
    /// Setting up call forwarding on this address goes through a consultation call.
    #[tapi(doc(
        fr = "La mise en place d’un renvoi sur cette adresse passe par un appel de consultation.",
        de = "Das Einrichten einer Rufumleitung auf dieser Adresse erfolgt über einen Rückfrageanruf."
    ))]
    FwdConsult = 0x0000_0100,
    /// A conference is set up with no initial call; when clear, setting up a conference starts
    /// from an existing call.
    #[tapi(doc(
        fr = "Une conférence se met en place sans appel initial ; si le bit est à zéro, elle part d’un appel existant.",
        de = "Eine Konferenz wird ohne Ausgangsanruf eingerichtet; ist das Bit nicht gesetzt, geht das Einrichten einer Konferenz von einem bestehenden Anruf aus."
    ))]
    SetupConfNull = 0x0000_0200,
    /// Dropping a consultation call automatically reconnects the user to the call left on
    /// consultation hold.
    #[tapi(doc(
        fr = "Mettre fin à un appel de consultation reconnecte automatiquement l’utilisateur à l’appel laissé en attente de consultation.",
        de = "Wird ein Rückfrageanruf beendet, wird der Benutzer automatisch wieder mit dem Anruf verbunden, der zur Rückfrage gehalten wurde."
    ))]
    AutoReconnect = 0x0000_0400,
    /// The completion identifiers returned by `lineCompleteCall` are meaningful and unique, so
    /// they can be used to match completions with requests.
    #[tapi(doc(
        fr = "Les identifiants d’achèvement renvoyés par `lineCompleteCall` sont significatifs et uniques, et permettent donc de rapprocher chaque achèvement de sa demande.",
        de = "Die von `lineCompleteCall` zurückgegebenen Kennungen der Anrufvervollständigung sind aussagekräftig und eindeutig; mit ihnen lässt sich daher jede Anrufvervollständigung ihrer Anforderung zuordnen."
    ))]
    CompletionId = 0x0000_0800,
    /// A call that is on hard hold (not just consultation hold) can be transferred.
    #[tapi(doc(
        fr = "Un appel en attente ferme (et pas seulement en attente de consultation) peut être transféré.",
        de = "Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann übergeben werden."
    ))]
    TransferHeld = 0x0000_1000,
    /// A brand-new call can be created to serve as the consultation call of a transfer.
    #[tapi(doc(
        fr = "Un appel entièrement nouveau peut être créé pour servir d’appel de consultation lors d’un transfert.",
        de = "Ein völlig neuer Anruf kann erzeugt werden, der bei einer Übergabe als Rückfrageanruf dient."
    ))]
    TransferMake = 0x0000_2000,
    /// A call that is on hard hold (not just consultation hold) can be added to a conference.
    #[tapi(doc(
        fr = "Un appel en attente ferme (et pas seulement en attente de consultation) peut être ajouté à une conférence.",
        de = "Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann einer Konferenz hinzugefügt werden."
    ))]
    ConferenceHeld = 0x0000_4000,
    /// A brand-new call can be created to serve as the consultation call added to a conference.
    #[tapi(doc(
        fr = "Un appel entièrement nouveau peut être créé pour servir d’appel de consultation à ajouter à une conférence.",
        de = "Ein völlig neuer Anruf kann erzeugt werden, der als Rückfrageanruf einer Konferenz hinzugefügt wird."
    ))]
    ConferenceMake = 0x0000_8000,
    /// The address supports partial dialling: a number can be dialled in several pieces.
    #[tapi(doc(
        fr = "L’adresse accepte la numérotation partielle : un numéro peut être composé en plusieurs fois.",
        de = "Die Adresse unterstützt Teilwahl: Eine Nummer kann in mehreren Teilen gewählt werden."
    ))]
    PartialDial = 0x0001_0000,
    /// The forwarding status reported in `LINEADDRESSSTATUS` is reliable; when clear it is only a
    /// best estimate, because the switch does not confirm it.
    #[tapi(doc(
        fr = "L’état de renvoi indiqué dans `LINEADDRESSSTATUS` est fiable ; si le bit est à zéro, ce n’est qu’une estimation, faute de confirmation par le commutateur.",
        de = "Der in `LINEADDRESSSTATUS` gemeldete Status der Rufumleitung ist zuverlässig; ist das Bit nicht gesetzt, ist er nur eine bestmögliche Schätzung, da die Vermittlung ihn nicht bestätigt."
    ))]
    FwdStatusValid = 0x0002_0000,
    /// Internal and external calls can be forwarded to different destinations (meaningful only
    /// where the two kinds can be forwarded separately).
    #[tapi(doc(
        fr = "Les appels internes et externes peuvent être renvoyés vers des destinations différentes (n’a de sens que si ces deux catégories peuvent être renvoyées séparément).",
        de = "Für interne und externe Anrufe können unterschiedliche Ziele der Rufumleitung festgelegt werden (nur sinnvoll, wenn sich für beide Arten getrennt eine Rufumleitung einrichten lässt)."
    ))]
    FwdIntExtAddr = 0x0004_0000,
    /// Forwarding on busy and forwarding on no answer can use different destinations
    /// (meaningful only where the two can be set separately).
    #[tapi(doc(
        fr = "Le renvoi sur occupation et le renvoi sur non-réponse peuvent viser des destinations différentes (n’a de sens que s’ils se règlent séparément).",
        de = "Rufumleitung bei Besetzt und Rufumleitung bei Nichtmelden können unterschiedliche Ziele haben (nur sinnvoll, wenn sich beide getrennt einstellen lassen)."
    ))]
    FwdBusyNaAddr = 0x0008_0000,
    /// An offering call must first be accepted with `lineAccept` before either end starts
    /// alerting; typical of ISDN.
    #[tapi(doc(
        fr = "Un appel présenté doit d’abord être accepté par `lineAccept` avant que la sonnerie ne se déclenche à l’une ou l’autre extrémité ; c’est typique du RNIS.",
        de = "Ein angebotener Anruf muss erst mit `lineAccept` akzeptiert werden, bevor an einem der beiden Enden der Ruf signalisiert wird; das ist typisch für ISDN."
    ))]
    AcceptToAlert = 0x0010_0000,
    /// Dropping the parent call of a conference with `lineDrop` also disconnects the other
    /// parties; when clear, they can go on talking among themselves.
    #[tapi(doc(
        fr = "Mettre fin à l’appel parent d’une conférence avec `lineDrop` déconnecte aussi les autres participants ; si le bit est à zéro, ceux-ci peuvent continuer à se parler.",
        de = "Wird der übergeordnete Anruf einer Konferenz mit `lineDrop` beendet, werden auch die übrigen Teilnehmer getrennt; ist das Bit nicht gesetzt, können diese weiter miteinander sprechen."
    ))]
    ConfDrop = 0x0020_0000,
    /// `linePickup` can be used to take a call the user has noticed as call waiting.
    #[tapi(doc(
        fr = "`linePickup` permet de prendre un appel que l’utilisateur a repéré grâce au signal d’appel.",
        de = "Mit `linePickup` lässt sich ein Anruf annehmen, den der Benutzer durch Anklopfen bemerkt hat."
    ))]
    PickupCallWait = 0x0040_0000,
    /// The address has enhanced call-progress detection for outgoing calls (ringback, busy,
    /// special information tones, answer, or the kind of device that answered) and may hand calls
    /// off automatically when they reach chosen states.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse dispose d’une détection évoluée de la progression des appels sortants (retour d’appel, occupation, tonalités d’information spéciales, réponse, ou type d’équipement qui a répondu) et peut transférer automatiquement les appels qui atteignent certains états.",
        de = "Die Adresse verfügt über eine erweiterte Erkennung des Anrufverlaufs bei ausgehenden Anrufen (Freiton, Besetztton, Sonderinformationstöne, Annahme des Anrufs oder Art des Geräts, das angenommen hat) und kann Anrufe, die bestimmte Zustände erreichen, automatisch übergeben."
    ))]
    PredictiveDialer = 0x0080_0000,
    /// The address is a queue rather than a station: calls wait there, possibly receiving a
    /// treatment, until a resource such as an ACD agent becomes free.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse est une file d’attente et non un poste : les appels y patientent, éventuellement avec un traitement d’appel, jusqu’à ce qu’une ressource, par exemple un agent ACD, se libère.",
        de = "Die Adresse ist keine Nebenstelle, sondern eine Warteschlange: Anrufe warten dort, gegebenenfalls mit einer Anrufbehandlung, bis eine Ressource wie ein ACD-Agent frei wird."
    ))]
    Queue = 0x0100_0000,
    /// The address is a route point rather than a station: calls wait there for the application
    /// to redirect them, or for the switch's default routing once a timeout expires.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse est un point de routage et non un poste : les appels y attendent que l’application les redirige, ou que le commutateur applique son routage par défaut à l’expiration d’un délai.",
        de = "Die Adresse ist keine Nebenstelle, sondern ein Routingpunkt: Anrufe warten dort, bis die Anwendung sie umleitet oder die Vermittlung nach Ablauf eines Zeitlimits ihr Standardrouting anwendet."
    ))]
    RoutePoint = 0x0200_0000,
    /// Putting a call on hold on this address (by `lineHold` or by an outside action)
    /// automatically creates a new call, usually in the dial-tone state.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La mise en attente d’un appel sur cette adresse (par `lineHold` ou par une action extérieure) crée automatiquement un nouvel appel, généralement à l’état tonalité de numérotation.",
        de = "Wird ein Anruf auf dieser Adresse gehalten (durch `lineHold` oder durch eine Aktion von außen), entsteht automatisch ein neuer Anruf, meist im Wählton-Zustand."
    ))]
    HoldMakesNew = 0x0400_0000,
    /// The address is a direct trunk line that cannot reach internal extensions on the PBX. A
    /// clear bit does not prove that internal calls are possible.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse est une ligne réseau directe qui ne peut pas joindre les postes internes du PABX. Un bit à zéro ne garantit pas pour autant que les appels internes soient possibles.",
        de = "Die Adresse ist eine direkte Amtsleitung, über die keine internen Nebenstellen der Nebenstellenanlage erreichbar sind. Ein nicht gesetztes Bit beweist nicht, dass interne Anrufe möglich sind."
    ))]
    NoInternalCalls = 0x0800_0000,
    /// The address is an internal PBX line (an intercom, say) that cannot call outside the
    /// switch. A clear bit does not prove that external calls are possible.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse est une ligne interne du PABX (un interphone, par exemple) qui ne peut pas appeler hors du commutateur. Un bit à zéro ne garantit pas pour autant que les appels externes soient possibles.",
        de = "Die Adresse ist eine interne Leitung der Nebenstellenanlage (etwa eine Gegensprechanlage), von der aus keine Anrufe außerhalb der Vermittlung möglich sind. Ein nicht gesetztes Bit beweist nicht, dass externe Anrufe möglich sind."
    ))]
    NoExternalCalls = 0x1000_0000,
    /// The application may fill in the calling party ID in `LINECALLPARAMS` when making a call;
    /// the provider passes it on to the called party if it is acceptable.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’application peut renseigner l’identité de l’appelant dans `LINECALLPARAMS` lorsqu’elle passe un appel ; le fournisseur la transmet à l’appelé si elle est acceptable.",
        de = "Die Anwendung kann beim Tätigen eines Anrufs die Kennungsangaben des Anrufers in `LINECALLPARAMS` angeben; der Anbieter übermittelt sie an den angerufenen Teilnehmer, sofern sie zulässig sind."
    ))]
    SetCallingId = 0x2000_0000,
    /// The address supports ACD groups for call-centre operation.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’adresse prend en charge les groupes ACD utilisés dans les centres d’appels.",
        de = "Die Adresse unterstützt ACD-Gruppen für den Callcenter-Betrieb."
    ))]
    AcdGroup = 0x4000_0000,
    /// Addresses dialled on this address are not translated as public telephone network
    /// numbers. Shown only to applications that negotiated TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Les adresses composées sur cette adresse ne sont pas traduites comme des numéros du réseau téléphonique public. Visible uniquement par les applications ayant négocié TAPI 3.0 ou une version ultérieure.",
        de = "Auf dieser Adresse gewählte Adressen werden nicht als Nummern des öffentlichen Telefonnetzes umgesetzt. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher ausgehandelt haben."
    ))]
    NoPstnAddressTranslation = 0x8000_0000,
}

/// Ways of designating the originating address on a line device.
///
/// Used in the `dwAddressMode` member of `LINECALLPARAMS`, in the `dwAddressMode` argument of
/// `lineGetAddressID`, and in `dwAddressModes` of `LINEDEVCAPS` to list the supported ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRESSMODE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Manières de désigner l’adresse d’origine sur un périphérique de ligne ; utilisées dans le membre `dwAddressMode` de `LINECALLPARAMS`, dans l’argument `dwAddressMode` de `lineGetAddressID` et dans `dwAddressModes` de `LINEDEVCAPS`.",
    de = "Arten, die Ursprungsadresse auf einem Leitungsgerät anzugeben; verwendet im Feld `dwAddressMode` von `LINECALLPARAMS`, im Argument `dwAddressMode` von `lineGetAddressID` und in `dwAddressModes` von `LINEDEVCAPS`, wo die unterstützten Arten aufgeführt sind."
))]
pub enum LineAddressMode {
    /// The address is named by its address identifier, a number from zero up to the line's
    /// address count (`dwNumAddresses` in `LINEDEVCAPS`) minus one.
    #[tapi(doc(
        fr = "L’adresse est désignée par son identifiant, un nombre compris entre zéro et le nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`) moins un.",
        de = "Die Adresse wird über die Kennung der Adresse angegeben, eine Zahl von null bis zur Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`) minus eins."
    ))]
    AddressId = 0x0000_0001,
    /// The address is named by its dialable phone number, which is handy when one line models
    /// many stations that each have their own number.
    #[tapi(doc(
        fr = "L’adresse est désignée par son numéro de téléphone composable, ce qui est commode lorsqu’une seule ligne représente de nombreux postes ayant chacun leur propre numéro.",
        de = "Die Adresse wird über ihre wählbare Telefonnummer angegeben; das ist praktisch, wenn eine einzige Leitung viele Nebenstellen mit jeweils eigener Nummer abbildet."
    ))]
    DialableAddr = 0x0000_0002,
}

/// How an address is shared between the stations of a switch.
///
/// Reported in the `dwAddressSharing` member of `LINEADDRESSCAPS`. Activity by other stations on
/// a shared address shows up as `LINE_CALLSTATE` and `LINE_ADDRESSSTATE` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRESSSHARING_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Façon dont une adresse est partagée entre les postes d’un commutateur, indiquée dans le membre `dwAddressSharing` de `LINEADDRESSCAPS` ; l’activité des autres postes sur une adresse partagée se traduit par des messages `LINE_CALLSTATE` et `LINE_ADDRESSSTATE`.",
    de = "Art, wie eine Adresse zwischen den Nebenstellen einer Vermittlung geteilt wird; gemeldet im Feld `dwAddressSharing` von `LINEADDRESSCAPS`. Aktivitäten anderer Nebenstellen auf einer geteilten Adresse zeigen sich in den Nachrichten `LINE_CALLSTATE` und `LINE_ADDRESSSTATE`."
))]
pub enum LineAddressSharing {
    /// The address belongs to this line alone; no other station has it.
    #[tapi(doc(
        fr = "L’adresse appartient à cette seule ligne ; aucun autre poste n’en dispose.",
        de = "Die Adresse gehört allein zu dieser Leitung; keine andere Nebenstelle verfügt über sie."
    ))]
    Private = 0x0000_0001,
    /// The address is bridged with other stations, and whichever station first uses it takes
    /// exclusive control of the address and its calls until it is free again.
    #[tapi(doc(
        fr = "L’adresse est pontée avec d’autres postes, et le premier poste qui l’utilise en prend le contrôle exclusif, ainsi que celui de ses appels, jusqu’à ce qu’elle se libère.",
        de = "Die Adresse ist mit anderen Nebenstellen gebrückt; die Nebenstelle, die sie zuerst benutzt, erhält die exklusive Kontrolle über die Adresse und ihre Anrufe, bis die Adresse wieder frei ist."
    ))]
    BridgedExcl = 0x0000_0002,
    /// The address is bridged with other stations, but a station that uses it gets exclusive
    /// access only to its own call; other stations using it get new, separate call appearances.
    #[tapi(doc(
        fr = "L’adresse est pontée avec d’autres postes, mais un poste qui l’utilise n’obtient l’exclusivité que sur son propre appel ; les autres postes qui s’en servent obtiennent de nouvelles présentations d’appel distinctes.",
        de = "Die Adresse ist mit anderen Nebenstellen gebrückt, doch eine Nebenstelle, die sie benutzt, erhält nur auf ihren eigenen Anruf exklusiven Zugriff; andere Nebenstellen, die sie benutzen, erhalten neue, getrennte Anrufdarstellungen."
    ))]
    BridgedNew = 0x0000_0004,
    /// The address is bridged with other stations and all of them can join its calls, which then
    /// behave like a conference.
    #[tapi(doc(
        fr = "L’adresse est pontée avec d’autres postes qui peuvent tous se joindre à ses appels, lesquels se comportent alors comme une conférence.",
        de = "Die Adresse ist mit anderen Nebenstellen gebrückt, und alle können an ihren Anrufen teilnehmen, die sich dann wie eine Konferenz verhalten."
    ))]
    BridgedShared = 0x0000_0008,
    /// The address belongs elsewhere; this line only sees whether it is idle or busy.
    #[tapi(doc(
        fr = "L’adresse appartient à un autre poste ; cette ligne voit seulement si elle est libre ou occupée.",
        de = "Die Adresse gehört zu einer anderen Stelle; diese Leitung sieht nur, ob sie frei oder besetzt ist."
    ))]
    Monitored = 0x0000_0010,
}

/// Items of an address's status that can change and be reported.
///
/// Carried in `dwParam2` of the `LINE_ADDRESSSTATE` message, selected with the `dwAddressStates`
/// argument of `lineSetStatusMessages`, and listed as reportable in `dwAddressStates` of
/// `LINEADDRESSCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRESSSTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Éléments de l’état d’une adresse dont le changement peut être signalé ; transmis dans `dwParam2` du message `LINE_ADDRESSSTATE`, sélectionnés par l’argument `dwAddressStates` de `lineSetStatusMessages` et énumérés dans `dwAddressStates` de `LINEADDRESSCAPS`.",
    de = "Statuselemente einer Adresse, deren Änderung gemeldet werden kann; sie werden in `dwParam2` der Nachricht `LINE_ADDRESSSTATE` übermittelt, mit dem Argument `dwAddressStates` von `lineSetStatusMessages` ausgewählt und in `dwAddressStates` von `LINEADDRESSCAPS` als meldbar aufgeführt."
))]
pub enum LineAddressState {
    /// Some status item not covered by the other flags has changed; the application should read
    /// the address status again to find out which.
    #[tapi(doc(
        fr = "Un élément d’état non couvert par les autres indicateurs a changé ; l’application doit relire l’état de l’adresse pour savoir lequel.",
        de = "Ein Statuselement, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung sollte den Status der Adresse erneut abfragen, um festzustellen, welches."
    ))]
    Other = 0x0000_0001,
    /// The device-specific part of the address status has changed.
    #[tapi(doc(
        fr = "La partie de l’état de l’adresse propre au périphérique a changé.",
        de = "Der gerätespezifische Teil des Adressstatus hat sich geändert."
    ))]
    DevSpecific = 0x0000_0002,
    /// The address has become idle: no station is using it any more.
    #[tapi(doc(
        fr = "L’adresse est devenue libre : plus aucun poste ne l’utilise.",
        de = "Die Adresse ist frei geworden: Keine Nebenstelle benutzt sie mehr."
    ))]
    InUseZero = 0x0000_0004,
    /// The address is now in use by exactly one station, having been idle or shared by several
    /// bridged stations.
    #[tapi(doc(
        fr = "L’adresse est désormais utilisée par un seul poste, alors qu’elle était libre ou partagée par plusieurs postes pontés.",
        de = "Die Adresse wird jetzt von genau einer Nebenstelle benutzt; zuvor war sie frei oder wurde von mehreren gebrückten Nebenstellen gemeinsam genutzt."
    ))]
    InUseOne = 0x0000_0008,
    /// A monitored or bridged address that was used by one station is now used by several.
    #[tapi(doc(
        fr = "Une adresse surveillée ou pontée qu’utilisait un seul poste est maintenant utilisée par plusieurs.",
        de = "Eine überwachte oder gebrückte Adresse, die bisher von einer Nebenstelle benutzt wurde, wird jetzt von mehreren benutzt."
    ))]
    InUseMany = 0x0000_0010,
    /// The number of calls on the address has changed (new incoming or outgoing call, or a call
    /// going on or off hold); check the active, on-hold and on-hold-pending counts in
    /// `LINEADDRESSSTATUS`.
    #[tapi(doc(
        fr = "Le nombre d’appels sur l’adresse a changé (nouvel appel entrant ou sortant, mise en attente ou reprise d’un appel) ; consultez les compteurs d’appels actifs, en attente et en attente de transfert ou de conférence dans `LINEADDRESSSTATUS`.",
        de = "Die Anzahl der Anrufe auf der Adresse hat sich geändert (neuer ein- oder ausgehender Anruf oder ein Anruf, der gehalten oder aus dem Halten zurückgeholt wird); Auskunft geben die Zähler der aktiven, der gehaltenen und der zur Übergabe oder Konferenz gehaltenen Anrufe in `LINEADDRESSSTATUS`."
    ))]
    NumCalls = 0x0000_0020,
    /// The forwarding settings of the address have changed, possibly including the number of
    /// rings that counts as no answer.
    #[tapi(doc(
        fr = "Les réglages de renvoi de l’adresse ont changé, y compris éventuellement le nombre de sonneries valant non-réponse.",
        de = "Die Einstellungen der Rufumleitung der Adresse haben sich geändert, möglicherweise auch die Anzahl der Klingelzeichen, nach der ein Anruf als Nichtmelden gilt."
    ))]
    Forward = 0x0000_0040,
    /// The terminal settings of the address have changed.
    #[tapi(doc(
        fr = "Les réglages de terminal de l’adresse ont changé.",
        de = "Die Endgeräteeinstellungen der Adresse haben sich geändert."
    ))]
    Terminals = 0x0000_0080,
    /// The address's capabilities in `LINEADDRESSCAPS` have changed (after reconfiguration, for
    /// example); call `lineGetAddressCaps` again. Applications older than TAPI 1.4 get a
    /// `LINEDEVSTATE_REINIT` notice instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Les capacités de l’adresse décrites dans `LINEADDRESSCAPS` ont changé (après une reconfiguration, par exemple) ; appelez de nouveau `lineGetAddressCaps`. Les applications antérieures à TAPI 1.4 reçoivent à la place un avis `LINEDEVSTATE_REINIT`.",
        de = "Die Fähigkeiten der Adresse in `LINEADDRESSCAPS` haben sich geändert (etwa nach einer Neukonfiguration); `lineGetAddressCaps` muss erneut aufgerufen werden. Anwendungen, die eine TAPI-Version vor 1.4 ausgehandelt haben, erhalten stattdessen eine Meldung `LINEDEVSTATE_REINIT`."
    ))]
    CapsChange = 0x0000_0100,
}

/// Formats of an address, such as a phone number, an e-mail name or an IP address.
///
/// Used by applications that negotiate TAPI 3.0 or later, notably in `dwAddressType` of
/// `LINECALLPARAMS` and `LINECALLINFO` and in `dwAddressTypes` of `LINEDEVCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRESSTYPE_",
    flags,
    since = "3.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Formats d’adresse, tels qu’un numéro de téléphone, un nom de messagerie ou une adresse IP ; réservés aux applications ayant négocié TAPI 3.0 ou une version ultérieure, notamment dans `dwAddressType` de `LINECALLPARAMS` et de `LINECALLINFO` et dans `dwAddressTypes` de `LINEDEVCAPS`.",
    de = "Adressformate, etwa eine Telefonnummer, ein E-Mail-Name oder eine IP-Adresse; sie werden von Anwendungen verwendet, die TAPI 3.0 oder höher ausgehandelt haben, insbesondere in `dwAddressType` von `LINECALLPARAMS` und `LINECALLINFO` sowie in `dwAddressTypes` von `LINEDEVCAPS`."
))]
pub enum LineAddressType {
    /// An ordinary telephone number.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Un numéro de téléphone ordinaire.",
        de = "Eine gewöhnliche Telefonnummer."
    ))]
    PhoneNumber = 0x0000_0001,
    /// A conference described by a Session Description Protocol (SDP) description, as used for
    /// multicast IP conferences.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Une conférence décrite au format SDP (Session Description Protocol), comme pour les conférences IP en multidiffusion.",
        de = "Eine Konferenz, die durch eine SDP-Beschreibung (Session Description Protocol) beschrieben ist, wie sie bei IP-Multicast-Konferenzen verwendet wird."
    ))]
    Sdp = 0x0000_0002,
    /// An e-mail style name identifying a user.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Un nom de type adresse électronique identifiant un utilisateur.",
        de = "Ein E-Mail-Name, also ein Name im Stil einer E-Mail-Adresse, der einen Benutzer bezeichnet."
    ))]
    EmailName = 0x0000_0004,
    /// A network domain name (host name).
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Un nom de domaine réseau (nom d’hôte).",
        de = "Ein Domänenname im Netzwerk (Hostname)."
    ))]
    DomainName = 0x0000_0008,
    /// A numeric IP address.
    #[tapi(since = "3.0")]
    #[tapi(doc(fr = "Une adresse IP numérique.", de = "Eine numerische IP-Adresse."))]
    IpAddress = 0x0000_0010,
}

/// Operations that can be invoked on an address (as opposed to on a call).
///
/// In `dwAddrFeatures` of `LINEADDRESSCAPS` they say what the address supports at all; in
/// `dwAddressFeatures` of `LINEADDRESSSTATUS` (from `lineGetAddressStatus`) they say what can be
/// done right now, in the address's current state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEADDRFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Opérations applicables à une adresse (et non à un appel). Dans `dwAddrFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que l’adresse permet en général ; dans `dwAddressFeatures` de `LINEADDRESSSTATUS` (obtenu par `lineGetAddressStatus`), ce qui est possible dans l’état actuel de l’adresse.",
    de = "Adressoperationen, also Operationen, die sich auf eine Adresse statt auf einen Anruf anwenden lassen. In `dwAddrFeatures` von `LINEADDRESSCAPS` geben sie an, was die Adresse überhaupt unterstützt; in `dwAddressFeatures` von `LINEADDRESSSTATUS` (von `lineGetAddressStatus` geliefert) geben sie an, was im aktuellen Zustand der Adresse gerade möglich ist."
))]
pub enum LineAddrFeature {
    /// Forwarding can be set on the address with `lineForward`. If neither `FORWARDFWD` nor
    /// `FORWARDDND` is also set, the provider has not said which forwarding forms work.
    #[tapi(doc(
        fr = "Un renvoi peut être programmé sur l’adresse avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est présent en plus, le fournisseur n’a pas précisé quelles formes de renvoi fonctionnent.",
        de = "Mit `lineForward` kann auf der Adresse eine Rufumleitung eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Anbieter nicht angegeben, welche Formen der Rufumleitung funktionieren."
    ))]
    Forward = 0x0000_0001,
    /// An outgoing call can be placed from the address (`lineMakeCall`).
    #[tapi(doc(
        fr = "Un appel sortant peut être passé depuis l’adresse (`lineMakeCall`).",
        de = "Von der Adresse aus kann ein ausgehender Anruf getätigt werden (`lineMakeCall`)."
    ))]
    MakeCall = 0x0000_0002,
    /// A call can be picked up at the address with `linePickup`. If none of the more precise
    /// `PICKUP*` bits is set, the provider has not said which pickup forms work.
    #[tapi(doc(
        fr = "Un appel peut être intercepté depuis l’adresse avec `linePickup`. Si aucun des bits `PICKUP*` plus précis n’est présent, le fournisseur n’a pas précisé quelles formes d’interception fonctionnent.",
        de = "Mit `linePickup` kann an der Adresse ein Anruf herangeholt werden. Ist keines der genaueren Bits `PICKUP*` gesetzt, hat der Anbieter nicht angegeben, welche Formen des Heranholens funktionieren."
    ))]
    Pickup = 0x0000_0004,
    /// Media control (`lineSetMediaControl`) can be set up on the address.
    #[tapi(doc(
        fr = "Le contrôle de média (`lineSetMediaControl`) peut être configuré sur l’adresse.",
        de = "Auf der Adresse kann eine Mediensteuerung (`lineSetMediaControl`) eingerichtet werden."
    ))]
    SetMediaControl = 0x0000_0008,
    /// The terminal routing of the address can be set with `lineSetTerminal`.
    #[tapi(doc(
        fr = "L’acheminement vers les terminaux peut être réglé pour l’adresse avec `lineSetTerminal`.",
        de = "Mit `lineSetTerminal` lässt sich für die Adresse festlegen, an welche Endgeräte ihre Informationen geleitet werden."
    ))]
    SetTerminal = 0x0000_0010,
    /// A conference can be set up on the address starting with no initial call
    /// (`lineSetupConference` with a null call handle).
    #[tapi(doc(
        fr = "Une conférence peut être mise en place sur l’adresse sans appel initial (`lineSetupConference` avec un handle d’appel nul).",
        de = "Auf der Adresse kann eine Konferenz ohne Ausgangsanruf eingerichtet werden (`lineSetupConference` mit einem Anrufhandle vom Wert null)."
    ))]
    SetupConf = 0x0000_0020,
    /// Pending call-completion requests on the address can be cancelled (`lineUncompleteCall`).
    #[tapi(doc(
        fr = "Les demandes d’achèvement d’appel en cours sur l’adresse peuvent être annulées (`lineUncompleteCall`).",
        de = "Ausstehende Anforderungen zur Anrufvervollständigung auf der Adresse können zurückgenommen werden (`lineUncompleteCall`)."
    ))]
    UncompleteCall = 0x0000_0040,
    /// A parked call can be retrieved through this address (`lineUnpark`).
    #[tapi(doc(
        fr = "Un appel parqué peut être repris par cette adresse (`lineUnpark`).",
        de = "Über diese Adresse kann ein geparkter Anruf aus dem Parken geholt werden (`lineUnpark`)."
    ))]
    Unpark = 0x0000_0080,
    /// `linePickup` with no destination can retrieve a call held on this address, normally in a
    /// bridged-exclusive arrangement.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePickup` sans destination peut reprendre un appel mis en attente sur cette adresse, en général dans une configuration pontée exclusive.",
        de = "`linePickup` ohne Ziel kann einen auf dieser Adresse gehaltenen Anruf zurückholen, normalerweise bei einer exklusiv gebrückten Adresse."
    ))]
    PickupHeld = 0x0000_0100,
    /// `linePickup` can take a call ringing anywhere in a pickup group.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePickup` peut prendre un appel qui sonne n’importe où dans un groupe d’interception.",
        de = "`linePickup` kann einen Anruf heranholen, der irgendwo in einer Heranholgruppe klingelt."
    ))]
    PickupGroup = 0x0000_0200,
    /// `linePickup` can take a call ringing at one specific address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePickup` peut prendre un appel qui sonne sur une adresse précise.",
        de = "`linePickup` kann einen Anruf heranholen, der an einer bestimmten Adresse klingelt."
    ))]
    PickupDirect = 0x0000_0400,
    /// `linePickup` with no destination will flash the hook to switch to a call-waiting call.
    /// It does not mean that such a call is actually present, which the device often cannot tell.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePickup` sans destination déclenchera un flash (brève impulsion sur le crochet) pour basculer vers l’appel annoncé par le signal d’appel. Cela ne signifie pas qu’un tel appel soit réellement présent, ce que le périphérique est souvent incapable de savoir.",
        de = "`linePickup` ohne Ziel löst einen Flash (kurzes Betätigen des Gabelumschalters) aus, um zu einem anklopfenden Anruf zu wechseln. Das bedeutet nicht, dass ein solcher Anruf tatsächlich vorliegt; oft kann das Gerät dies gar nicht erkennen."
    ))]
    PickupWaiting = 0x0000_0800,
    /// `lineForward` can redirect the address's calls to other numbers; `FORWARD` is set as well.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` peut renvoyer les appels de l’adresse vers d’autres numéros ; `FORWARD` est également présent.",
        de = "`lineForward` kann die Anrufe der Adresse per Rufumleitung an andere Nummern weiterleiten; `FORWARD` ist ebenfalls gesetzt."
    ))]
    ForwardFwd = 0x0000_1000,
    /// `lineForward` with an empty destination can turn on Do Not Disturb for the address;
    /// `FORWARD` is set as well.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` avec une destination vide peut activer la fonction Ne pas déranger pour l’adresse ; `FORWARD` est également présent.",
        de = "`lineForward` mit leerem Ziel kann für die Adresse den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt."
    ))]
    ForwardDnd = 0x0000_2000,
}
