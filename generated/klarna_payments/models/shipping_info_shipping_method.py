from enum import StrEnum


class ShippingInfoShippingMethod(StrEnum):
    BOXREG = "BoxReg"
    BOXUNREG = "BoxUnreg"
    CLICKCOLLECT = "ClickCollect"
    DHLPACKSTATION = "DHLPackstation"
    DIGITAL = "Digital"
    HOME = "Home"
    OWN = "Own"
    PALLETDELIVERY = "PalletDelivery"
    PICKUPPOINT = "PickUpPoint"
    PICKUPSTORE = "PickUpStore"
    PICKUPWAREHOUSE = "PickUpWarehouse"
    POSTAL = "Postal"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)
