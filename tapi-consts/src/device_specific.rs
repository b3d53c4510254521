//! The values a family leaves to device-specific extensions: a vendor's
//! value there is not an unknown or invalid one.

/// What a family's reference page leaves to device-specific extensions
/// (its Remarks): bits of a set, or the values from one up.
///
/// ```
/// use tapi_consts::{families::{LineBearerMode, LineErr}, ConstFamily, DeviceSpecific};
///
/// let bearer = LineBearerMode::INFO.device_specific();
/// assert_eq!(bearer, Some(DeviceSpecific::Bits(0xFFFF_0000)));
/// assert_eq!(LineBearerMode::INFO.device_specific_bits(0x0001_0002), 0x0001_0000);
/// assert_eq!(LineErr::INFO.device_specific_bits(0xC000_0001), 0xC000_0001);
/// assert_eq!(LineErr::INFO.device_specific_bits(0x8000_0004), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceSpecific {
    /// These bits of a set (`LINEBEARERMODE_`: the high 16 bits,
    /// `0xFFFF_0000`).
    Bits(u64),
    /// Every value from this one up, compared as unsigned bit patterns
    /// (`LINEERR_`: from `0xC000_0000`).
    From(u64),
}

impl DeviceSpecific {
    /// The part of `bits` that is the vendors': `bits & mask`, or all of
    /// `bits` when it is in the range.
    #[inline]
    pub const fn part_of(self, bits: u64) -> u64 {
        match self {
            DeviceSpecific::Bits(mask) => bits & mask,
            DeviceSpecific::From(first) => {
                if bits >= first {
                    bits
                } else {
                    0
                }
            }
        }
    }
}
