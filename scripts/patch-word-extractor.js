// placeholder until the patch lands
