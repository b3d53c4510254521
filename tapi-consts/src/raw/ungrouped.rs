//! `tapi.h` constants that belong to no prefix family: `LINEMAPPER` and the `TAPIMAX*SIZE`
//! string buffer lengths.

/// Special device identifier for `lineOpen`: instead of naming a line, it asks TAPI to open the
/// first line device that can satisfy the call parameters supplied in `lpCallParams`. The
/// application can then learn which line was chosen with `lineGetID`.
///
/// *FR :* Identifiant de périphérique spécial pour `lineOpen` : au lieu de désigner une ligne, il demande à TAPI d’ouvrir le premier périphérique de ligne capable de satisfaire les paramètres d’appel fournis dans `lpCallParams`. L’application peut ensuite savoir quelle ligne a été retenue avec `lineGetID`.
pub const LINEMAPPER: u32 = 0xFFFF_FFFF;

/// Maximum length, in characters and counting the terminating null, of the destination address
/// passed to `tapiRequestMakeCall`; also the size of the `szDestAddress` buffer of
/// `LINEREQMAKECALL` and `LINEREQMEDIACALL`.
///
/// *FR :* Longueur maximale, en caractères et caractère nul final compris, de l’adresse de destination passée à `tapiRequestMakeCall` ; c’est aussi la taille du tampon `szDestAddress` de `LINEREQMAKECALL` et `LINEREQMEDIACALL`.
pub const TAPIMAXDESTADDRESSSIZE: i32 = 80;

/// Maximum length, in characters and counting the terminating null, of the application name
/// given in an assisted telephony request (`szAppName` of `LINEREQMAKECALL`); longer names are
/// cut short.
///
/// *FR :* Longueur maximale, en caractères et caractère nul final compris, du nom d’application fourni dans une requête de téléphonie assistée (`szAppName` de `LINEREQMAKECALL`) ; les noms plus longs sont tronqués.
pub const TAPIMAXAPPNAMESIZE: i32 = 40;

/// Maximum length, in characters and counting the terminating null, of the called party's name
/// given in an assisted telephony request (`szCalledParty` of `LINEREQMAKECALL`); longer names
/// are cut short.
///
/// *FR :* Longueur maximale, en caractères et caractère nul final compris, du nom de l’appelé fourni dans une requête de téléphonie assistée (`szCalledParty` de `LINEREQMAKECALL`) ; les noms plus longs sont tronqués.
pub const TAPIMAXCALLEDPARTYSIZE: i32 = 40;

/// Maximum length, in characters and counting the terminating null, of the comment attached to
/// an assisted telephony request (`szComment` of `LINEREQMAKECALL`); longer comments are cut
/// short.
///
/// *FR :* Longueur maximale, en caractères et caractère nul final compris, du commentaire joint à une requête de téléphonie assistée (`szComment` de `LINEREQMAKECALL`) ; les commentaires plus longs sont tronqués.
pub const TAPIMAXCOMMENTSIZE: i32 = 80;

/// Size of the device class buffer (`szDeviceClass`) of `LINEREQMEDIACALL`, used by the
/// obsolete `tapiRequestMediaCall` request.
///
/// *FR :* Taille du tampon de classe de périphérique (`szDeviceClass`) de `LINEREQMEDIACALL`, utilisé par la requête obsolète `tapiRequestMediaCall`.
pub const TAPIMAXDEVICECLASSSIZE: i32 = 40;

/// Size of the device identifier buffer (`ucDeviceID`) of `LINEREQMEDIACALL`, used by the
/// obsolete `tapiRequestMediaCall` request.
///
/// *FR :* Taille du tampon d’identifiant de périphérique (`ucDeviceID`) de `LINEREQMEDIACALL`, utilisé par la requête obsolète `tapiRequestMediaCall`.
pub const TAPIMAXDEVICEIDSIZE: i32 = 40;
