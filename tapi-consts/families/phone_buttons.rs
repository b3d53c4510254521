//! The buttons of a phone and their lamps: button functions, modes and states, and lamp modes.

use tapi_consts::ConstFamily;

/// Identifies the telephony function that is assigned to a button of a phone set.
///
/// Reported in the `dwButtonFunction` member of `PHONEBUTTONINFO` (see `phoneGetButtonInfo`
/// and `phoneSetButtonInfo`). TAPI only passes the function through; what pressing the button
/// actually does is decided by the switch and can differ between telephony environments.
/// Values from 0x80000000 upward are free for device-specific functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONFUNCTION_",
    device_specific(from = 0x8000_0000),
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Identifie la fonction téléphonique attribuée à un bouton d’un poste téléphonique.\n\nFournie dans le membre `dwButtonFunction` de `PHONEBUTTONINFO` (voir `phoneGetButtonInfo` et `phoneSetButtonInfo`). TAPI se contente de transmettre la fonction : l’effet réel d’un appui sur le bouton dépend du commutateur et peut varier d’un environnement téléphonique à l’autre. Les valeurs à partir de 0x80000000 sont libres pour des fonctions propres au périphérique.",
    de = "Bezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist.\n\nGemeldet im Feld `dwButtonFunction` von `PHONEBUTTONINFO` (siehe `phoneGetButtonInfo` und `phoneSetButtonInfo`). TAPI reicht die Funktion nur durch; was ein Druck auf die Taste tatsächlich bewirkt, bestimmt die Vermittlung, und das kann je nach Telefonieumgebung verschieden sein. Werte ab 0x80000000 sind für gerätespezifische Funktionen frei."
))]
pub enum PhoneButtonFunction {
    /// Placeholder used when the button has no known function or none has been assigned to it yet.
    #[tapi(doc(
        fr = "Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.",
        de = "Ersatzwert für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine Funktion zugewiesen wurde."
    ))]
    Unknown = 0x0000_0000,
    /// Starts a conference, or brings another call into an existing conference.
    #[tapi(doc(
        fr = "Démarre une conférence ou fait entrer un autre appel dans une conférence existante.",
        de = "Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf."
    ))]
    Conference = 0x0000_0001,
    /// Begins a call transfer, or finishes one that is already under way.
    #[tapi(doc(
        fr = "Commence le transfert d’un appel ou achève un transfert déjà engagé.",
        de = "Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab."
    ))]
    Transfer = 0x0000_0002,
    /// Hangs up the call that is currently active.
    #[tapi(doc(
        fr = "Raccroche l’appel actuellement actif.",
        de = "Beendet den gerade aktiven Anruf."
    ))]
    Drop = 0x0000_0003,
    /// Puts the currently active call on hold.
    #[tapi(doc(
        fr = "Met l’appel actuellement actif en attente.",
        de = "Versetzt den gerade aktiven Anruf in den Haltezustand."
    ))]
    Hold = 0x0000_0004,
    /// Retrieves a call that was on hold and makes it active again.
    #[tapi(doc(
        fr = "Reprend un appel en attente et le rend de nouveau actif.",
        de = "Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv."
    ))]
    Recall = 0x0000_0005,
    /// Releases a call, for example the consultation leg once a transfer has been set up.
    #[tapi(doc(
        fr = "Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.",
        de = "Trennt einen Anruf, etwa den Rückfrageanruf, sobald eine Übergabe eingerichtet ist."
    ))]
    Disconnect = 0x0000_0006,
    /// Returns to a call that was put on consultation hold.
    #[tapi(doc(
        fr = "Revient à un appel qui avait été mis en attente de consultation.",
        de = "Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde."
    ))]
    Connect = 0x0000_0007,
    /// Lights the message-waiting lamp.
    #[tapi(doc(
        fr = "Allume le voyant de message en attente.",
        de = "Schaltet die Leuchtanzeige für wartende Nachrichten ein."
    ))]
    MsgWaitOn = 0x0000_0008,
    /// Switches the message-waiting lamp off.
    #[tapi(doc(
        fr = "Éteint le voyant de message en attente.",
        de = "Schaltet die Leuchtanzeige für wartende Nachrichten aus."
    ))]
    MsgWaitOff = 0x0000_0009,
    /// Lets the user choose which ringing pattern the phone uses.
    #[tapi(doc(
        fr = "Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.",
        de = "Ermöglicht dem Benutzer, das Klingelmuster des Telefons auszuwählen."
    ))]
    SelectRing = 0x0000_000A,
    /// Abbreviated dialing: the destination is entered as a short code of one or a few digits instead of the full number.
    #[tapi(doc(
        fr = "Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.",
        de = "Kurzwahl: Das Ziel wird als kurzer Code aus einer oder wenigen Ziffern statt der vollständigen Nummer eingegeben."
    ))]
    AbbrevDial = 0x0000_000B,
    /// Turns call forwarding on for this phone, or changes its settings.
    #[tapi(doc(
        fr = "Active le renvoi d’appels pour ce poste ou en modifie les réglages.",
        de = "Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen."
    ))]
    Forward = 0x0000_000C,
    /// Answers, from this phone, a call that is ringing at another phone.
    #[tapi(doc(
        fr = "Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).",
        de = "Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen)."
    ))]
    Pickup = 0x0000_000D,
    /// Asks to be alerted later when a call attempt fails because the destination is busy or does not answer (ring-again / callback).
    #[tapi(doc(
        fr = "Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).",
        de = "Fordert an, später benachrichtigt zu werden, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf)."
    ))]
    RingAgain = 0x0000_000E,
    /// Parks the active call at another phone, where it waits on hold until someone retrieves it.
    #[tapi(doc(
        fr = "Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.",
        de = "Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt."
    ))]
    Park = 0x0000_000F,
    /// Refuses an incoming call while it is still ringing.
    #[tapi(doc(
        fr = "Refuse un appel entrant pendant qu’il sonne encore.",
        de = "Weist einen eingehenden Anruf ab, solange er noch klingelt."
    ))]
    Reject = 0x0000_0010,
    /// Sends an incoming call to another extension before anyone answers it.
    #[tapi(doc(
        fr = "Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.",
        de = "Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor er angenommen wird."
    ))]
    Redirect = 0x0000_0011,
    /// Silences the phone's microphone so the other party no longer hears the user.
    #[tapi(doc(
        fr = "Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.",
        de = "Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört."
    ))]
    Mute = 0x0000_0012,
    /// Raises the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(
        fr = "Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.",
        de = "Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung."
    ))]
    VolumeUp = 0x0000_0013,
    /// Lowers the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(
        fr = "Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.",
        de = "Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung."
    ))]
    VolumeDown = 0x0000_0014,
    /// Switches the phone's external loudspeaker on.
    #[tapi(doc(
        fr = "Met en marche le haut-parleur externe du poste.",
        de = "Schaltet den externen Lautsprecher des Telefons ein."
    ))]
    SpeakerOn = 0x0000_0015,
    /// Switches the phone's external loudspeaker off.
    #[tapi(doc(
        fr = "Arrête le haut-parleur externe du poste.",
        de = "Schaltet den externen Lautsprecher des Telefons aus."
    ))]
    SpeakerOff = 0x0000_0016,
    /// Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are usually taken as switch commands, and many switches put the active call on consultation hold.
    #[tapi(doc(
        fr = "Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.",
        de = "Sendet einen Flash, also einen kurzen Wechsel aufgelegt/abgehoben. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage."
    ))]
    Flash = 0x0000_0017,
    /// Marks the next call as a data call.
    #[tapi(doc(
        fr = "Indique que le prochain appel sera un appel de données.",
        de = "Kennzeichnet den nächsten Anruf als Datenanruf."
    ))]
    DataOn = 0x0000_0018,
    /// Marks the next call as not being a data call.
    #[tapi(doc(
        fr = "Indique que le prochain appel ne sera pas un appel de données.",
        de = "Kennzeichnet, dass der nächste Anruf kein Datenanruf ist."
    ))]
    DataOff = 0x0000_0019,
    /// Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or to voice mail.
    #[tapi(doc(
        fr = "Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.",
        de = "Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet."
    ))]
    DoNotDisturb = 0x0000_001A,
    /// Opens the intercom so that the user can broadcast a paging announcement.
    #[tapi(doc(
        fr = "Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.",
        de = "Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann."
    ))]
    Intercom = 0x0000_001B,
    /// Selects one appearance of a bridged address (an address shared with other phones).
    #[tapi(doc(
        fr = "Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).",
        de = "Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird)."
    ))]
    BridgedApp = 0x0000_001C,
    /// Makes the phone look busy to callers, so incoming calls are not presented to it.
    #[tapi(doc(
        fr = "Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.",
        de = "Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden."
    ))]
    Busy = 0x0000_001D,
    /// Selects one particular call appearance on the phone.
    #[tapi(doc(
        fr = "Sélectionne une présentation d’appel particulière du poste.",
        de = "Wählt eine bestimmte Anrufdarstellung am Telefon aus."
    ))]
    CallApp = 0x0000_001E,
    /// Shows the current date and time, as supplied by the switch, on the phone's display.
    #[tapi(doc(
        fr = "Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.",
        de = "Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, auf dem Display des Telefons an."
    ))]
    DateTime = 0x0000_001F,
    /// Calls the switch's directory service.
    #[tapi(doc(
        fr = "Fait appel au service d’annuaire du commutateur.",
        de = "Ruft den Verzeichnisdienst der Vermittlung auf."
    ))]
    Directory = 0x0000_0020,
    /// Diverts every call meant for this phone to a designated coverage phone.
    #[tapi(doc(
        fr = "Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.",
        de = "Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter."
    ))]
    Cover = 0x0000_0021,
    /// Asks for the caller's identity (caller ID) to be shown on the phone's display.
    #[tapi(doc(
        fr = "Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.",
        de = "Fordert an, die Kennungsangaben des Anrufers (Caller ID) auf dem Display des Telefons anzuzeigen."
    ))]
    CallId = 0x0000_0022,
    /// Dials again the number that was dialed last (redial).
    #[tapi(doc(
        fr = "Recompose le dernier numéro composé (bis).",
        de = "Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung)."
    ))]
    LastNum = 0x0000_0023,
    /// Switches the phone to its night-service configuration, the behavior set up for out-of-hours periods.
    #[tapi(doc(
        fr = "Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.",
        de = "Schaltet das Telefon in die Nachtschaltung, also das Verhalten, das für Zeiten außerhalb der Geschäftszeiten eingerichtet ist."
    ))]
    NightSrv = 0x0000_0024,
    /// Sends all calls to the coverage phone; it has the same effect as `Cover`.
    #[tapi(doc(
        fr = "Envoie tous les appels vers le poste de couverture ; même effet que `Cover`.",
        de = "Leitet alle Anrufe an das Vertretungstelefon weiter; dieselbe Wirkung wie `Cover`."
    ))]
    SendCalls = 0x0000_0025,
    /// Controls the lamp that signals waiting messages.
    #[tapi(doc(
        fr = "Commande le voyant qui signale les messages en attente.",
        de = "Steuert die Leuchtanzeige für wartende Nachrichten."
    ))]
    MsgIndicator = 0x0000_0026,
    /// Repertory dialing: after the button, the user keys a short code that stands for a stored number.
    #[tapi(doc(
        fr = "Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.",
        de = "Zielwahl: Nach der Taste gibt der Benutzer einen kurzen Code ein, der für eine gespeicherte Nummer steht."
    ))]
    RepDial = 0x0000_0027,
    /// Programs the short codes used by repertory dialing (`RepDial`) and the numbers they stand for.
    #[tapi(doc(
        fr = "Programme les codes courts de la numérotation par répertoire (`RepDial`) et les numéros qu’ils représentent.",
        de = "Programmiert die kurzen Codes der Zielwahl (`RepDial`) und die Nummern, für die sie stehen."
    ))]
    SetRepDial = 0x0000_0028,
    /// System speed dialing: the user keys a short code after the button, and the switch holds the table that maps codes to numbers.
    #[tapi(doc(
        fr = "Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.",
        de = "Systemkurzwahl: Der Benutzer gibt nach der Taste einen kurzen Code ein, und die Vermittlung verwaltet die Tabelle, die den Codes Nummern zuordnet."
    ))]
    SystemSpeed = 0x0000_0029,
    /// Station speed dialing: like `SystemSpeed`, but the code-to-number table belongs to this phone only.
    #[tapi(doc(
        fr = "Numérotation abrégée du poste : comme `SystemSpeed`, mais la table de correspondance entre codes et numéros est propre à ce poste.",
        de = "Nebenstellen-Kurzwahl: wie `SystemSpeed`, doch die Tabelle, die den Codes Nummern zuordnet, gehört nur zu diesem Telefon."
    ))]
    StationSpeed = 0x0000_002A,
    /// Camps on a busy extension: when that extension becomes free, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.",
        de = "Aktiviert Warten bei Besetzt für eine besetzte Nebenstelle: Wird diese frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt."
    ))]
    CampOn = 0x0000_002B,
    /// During a call or call attempt, stores its number or command; when no call is active (for example at dial tone), replays what was stored.
    #[tapi(doc(
        fr = "Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.",
        de = "Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte wiederholt."
    ))]
    SaveRepeat = 0x0000_002C,
    /// Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.",
        de = "Stellt einen externen Anruf, der alle Amtsleitungen besetzt vorfand, in eine Warteschlange: Wird eine Amtsleitung frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt."
    ))]
    QueueCall = 0x0000_002D,
    /// Placeholder stating that the button deliberately has no function.
    #[tapi(doc(
        fr = "Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.",
        de = "Ersatzwert, der angibt, dass die Taste absichtlich keine Funktion hat."
    ))]
    None = 0x0000_002E,
    /// A send key: asks for a communication session to be set up. Microsoft's `PHONEBUTTONFUNCTION_` page leaves this value out; only its TAPI 3 twin `PBF_SEND` (same value, 0x2F) is described, in one line.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Touche d’envoi : demande l’établissement d’une session de communication. La page de Microsoft sur `PHONEBUTTONFUNCTION_` omet cette valeur ; seul son équivalent TAPI 3, `PBF_SEND` (même valeur, 0x2F), est décrit, en une ligne.",
        de = "Sendetaste: fordert den Aufbau einer Kommunikationssitzung an. Die Microsoft-Seite zu `PHONEBUTTONFUNCTION_` führt diesen Wert nicht auf; beschrieben wird nur sein TAPI-3-Gegenstück `PBF_SEND` (gleicher Wert, 0x2F), in einer einzigen Zeile."
    ))]
    Send = 0x0000_002F,
}

/// Classifies what kind of button a button/lamp position is.
///
/// Appears in the `dwButtonMode` member of `PHONEBUTTONINFO`, in the button-mode array that
/// `PHONECAPS` points to, and in `dwParam2` of the `PHONE_BUTTON` message. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Classe le type de bouton d’une position bouton/voyant.\n\nFigure dans le membre `dwButtonMode` de `PHONEBUTTONINFO`, dans le tableau des modes de bouton référencé par `PHONECAPS` et dans `dwParam2` du message `PHONE_BUTTON`. Aucun bit n’est ouvert aux extensions.",
    de = "Ordnet ein, welche Art von Taste sich an einer Tasten-/Lampenposition befindet.\n\nSteht im Feld `dwButtonMode` von `PHONEBUTTONINFO`, im Array der Tastenmodi, auf das `PHONECAPS` verweist, und in `dwParam2` der Nachricht `PHONE_BUTTON`. Für Erweiterungen sind keine Bits frei."
))]
pub enum PhoneButtonMode {
    /// The position has a lamp but no physical button.
    #[tapi(doc(
        fr = "La position comporte un voyant mais aucun bouton physique.",
        de = "Die Position hat eine Leuchtanzeige, aber keine physische Taste (Platzhalter)."
    ))]
    Dummy = 0x0000_0001,
    /// The button is bound to a call appearance.
    #[tapi(doc(
        fr = "Le bouton est associé à une présentation d’appel.",
        de = "Die Taste ist einer Anrufdarstellung zugeordnet."
    ))]
    Call = 0x0000_0002,
    /// The button asks the switch for a feature such as hold, transfer or conference.
    #[tapi(doc(
        fr = "Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.",
        de = "Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz."
    ))]
    Feature = 0x0000_0004,
    /// The button is one of the twelve dial-pad keys: the digits 0 to 9, `*` and `#`.
    #[tapi(doc(
        fr = "Le bouton est l’une des douze touches du clavier numérique : les chiffres 0 à 9, `*` et `#`.",
        de = "Die Taste ist eine der zwölf Tasten der Wähltastatur: die Ziffern 0 bis 9, `*` und `#`."
    ))]
    Keypad = 0x0000_0008,
    /// The button acts on the phone set itself, such as mute or volume, without involving the switch.
    #[tapi(doc(
        fr = "Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.",
        de = "Die Taste wirkt auf das Telefon selbst, etwa Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen."
    ))]
    Local = 0x0000_0010,
    /// The button is a soft key tied to the phone's display; a phone may have any number of them, including none.
    #[tapi(doc(
        fr = "Le bouton est une touche programmable liée à l’afficheur du poste ; un poste peut en avoir un nombre quelconque, y compris aucune.",
        de = "Die Taste ist ein Softkey, der zum Display des Telefons gehört; ein Telefon kann beliebig viele davon haben, auch keinen."
    ))]
    Display = 0x0000_0020,
}

/// Gives the position of a phone button (pressed or released) or says that it cannot be known.
///
/// Carried in `dwParam3` of the `PHONE_BUTTON` message and in the `dwButtonState` member of
/// `PHONEBUTTONINFO`; `phoneSetStatusMessages` uses it to choose which button transitions are
/// reported. A service provider must not report a value that the API version negotiated for
/// the phone does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONSTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Donne la position d’un bouton du poste (enfoncé ou relâché) ou indique qu’elle ne peut pas être connue.\n\nTransmis dans `dwParam3` du message `PHONE_BUTTON` et dans le membre `dwButtonState` de `PHONEBUTTONINFO` ; `phoneSetStatusMessages` l’utilise pour choisir les changements d’état de bouton signalés. Un fournisseur de services ne doit pas signaler une valeur inconnue de la version d’API négociée pour le poste.",
    de = "Gibt die Stellung einer Taste des Telefons an (gedrückt oder losgelassen) oder dass sie nicht bekannt sein kann.\n\nWird in `dwParam3` der Nachricht `PHONE_BUTTON` und im Feld `dwButtonState` von `PHONEBUTTONINFO` übermittelt; `phoneSetStatusMessages` wählt damit aus, welche Zustandswechsel der Tasten gemeldet werden. Ein Dienstanbieter darf keinen Wert melden, den die für das Telefongerät ausgehandelte API-Version nicht kennt."
))]
pub enum PhoneButtonState {
    /// The button is released (not pressed).
    #[tapi(doc(
        fr = "Le bouton est relâché (non enfoncé).",
        de = "Die Taste ist losgelassen (nicht gedrückt)."
    ))]
    Up = 0x0000_0001,
    /// The button is pressed down.
    #[tapi(doc(fr = "Le bouton est enfoncé.", de = "Die Taste ist gedrückt."))]
    Down = 0x0000_0002,
    /// The service provider does not know right now whether the button is up or down, but may learn it later. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services ne sait pas pour l’instant si le bouton est relâché ou enfoncé, mais pourra l’apprendre plus tard. Nécessite TAPI 1.4 ou une version ultérieure.",
        de = "Der Dienstanbieter weiß derzeit nicht, ob die Taste losgelassen oder gedrückt ist, kann es aber später erfahren. Erfordert TAPI 1.4 oder höher."
    ))]
    Unknown = 0x0000_0004,
    /// The service provider has no way of knowing whether the button is up or down, now or later. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services n’a aucun moyen de savoir si le bouton est relâché ou enfoncé, ni maintenant ni plus tard. Nécessite TAPI 1.4 ou une version ultérieure.",
        de = "Der Dienstanbieter kann weder jetzt noch später feststellen, ob die Taste losgelassen oder gedrückt ist. Erfordert TAPI 1.4 oder höher."
    ))]
    Unavail = 0x0000_0008,
}

/// Describes how a lamp on a phone set is lit (steady, blinking at some cadence, or off).
///
/// Used by `phoneSetLamp` and `phoneGetLamp` and in the lamp-mode array that `PHONECAPS`
/// points to. Exact blink rates vary by vendor; the values name broad cadences. The upper
/// 16 bits are available for device-specific modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONELAMPMODE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Décrit la façon dont un voyant du poste téléphonique est allumé (fixe, clignotant selon une certaine cadence ou éteint).\n\nUtilisé par `phoneSetLamp` et `phoneGetLamp` et dans le tableau des modes de voyant référencé par `PHONECAPS`. Les cadences exactes varient selon le constructeur ; les valeurs désignent des cadences générales. Les 16 bits de poids fort sont disponibles pour des modes propres au périphérique.",
    de = "Beschreibt das Leuchtmuster einer Leuchtanzeige am Telefon (dauernd an, Blinken in einem bestimmten Takt oder aus).\n\nVerwendet von `phoneSetLamp` und `phoneGetLamp` sowie im Array der Leuchtmuster, auf das `PHONECAPS` verweist. Die genauen Blinkfrequenzen sind herstellerabhängig; die Werte bezeichnen grobe Takte. Die oberen 16 Bits stehen für gerätespezifische Leuchtmuster zur Verfügung."
))]
pub enum PhoneLampMode {
    /// The button/lamp position has no lamp at all.
    #[tapi(doc(
        fr = "La position bouton/voyant ne comporte aucun voyant.",
        de = "Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige."
    ))]
    Dummy = 0x0000_0001,
    /// The lamp is not lit.
    #[tapi(doc(fr = "Le voyant est éteint.", de = "Die Leuchtanzeige ist aus."))]
    Off = 0x0000_0002,
    /// The lamp stays lit without blinking.
    #[tapi(doc(
        fr = "Le voyant reste allumé sans clignoter.",
        de = "Die Leuchtanzeige leuchtet dauernd, ohne zu blinken."
    ))]
    Steady = 0x0000_0004,
    /// The lamp blinks on and off at a medium (normal) rate.
    #[tapi(doc(
        fr = "Le voyant clignote à une cadence moyenne (normale).",
        de = "Die Leuchtanzeige blinkt in mittlerem (normalem) Takt."
    ))]
    Wink = 0x0000_0008,
    /// The lamp blinks on and off slowly.
    #[tapi(doc(
        fr = "Le voyant clignote lentement.",
        de = "Die Leuchtanzeige blinkt langsam."
    ))]
    Flash = 0x0000_0010,
    /// The lamp blinks on and off rapidly.
    #[tapi(doc(
        fr = "Le voyant clignote rapidement.",
        de = "Die Leuchtanzeige blinkt schnell."
    ))]
    Flutter = 0x0000_0020,
    /// Rapid blinking interrupted at a slow rate, i.e. the flash and flutter cadences combined.
    #[tapi(doc(
        fr = "Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).",
        de = "Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter)."
    ))]
    BrokenFlutter = 0x0000_0040,
    /// The current mode of the lamp cannot be determined.
    #[tapi(doc(
        fr = "Le mode actuel du voyant ne peut pas être déterminé.",
        de = "Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln."
    ))]
    Unknown = 0x0000_0080,
}
