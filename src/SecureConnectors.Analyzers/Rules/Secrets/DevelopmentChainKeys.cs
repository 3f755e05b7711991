namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The private keys of the accounts that Ethereum development chains fund at start: Hardhat's and Anvil's (the
/// mnemonic "test test ... junk", accounts 0-19 of m/44'/60'/0'/0/i) and Ganache's deterministic mode (accounts 0-9).
/// The tools print them at every start and their documentation lists them: public by construction, they hold value
/// only on the local chain the template or test starts, as the storage emulator's key does. Kept as SHA-256 digests
/// of the lower-case hex text, bare and 0x-prefixed (<see cref="PublishedExamples"/> looks them up).
/// </summary>
internal static class DevelopmentChainKeys
{
    public static readonly System.Collections.Generic.Dictionary<int, string[]> DigestsByLength = new()
    {
        [64] = new[]
        {
            "bc1a50966c9e6486bc4ebf880b51611a2a97fcb8e7a6976e9b81a9e3e8ca0e3c", // Hardhat/Anvil default account #0
            "8335c55334821eefd4334369ff9c04a8594f161013cf9d87f58802d87297837e", // Hardhat/Anvil default account #1
            "b26ab6529d20ebebb4192256f202984754f785481c64b1a1aed58cac93b3617e", // Hardhat/Anvil default account #2
            "64034b44c579b335ab5e85debbfe72789e970138cc8d296799c3833a2a8525fb", // Hardhat/Anvil default account #3
            "4d3e46eec8244d1d106f866ee48994f6176705298aee1b8426b2ad2529eb454b", // Hardhat/Anvil default account #4
            "0aedba9d586f34f95cf1f0d54926f62e8a078ce2ca593be73ab27a87d3ff9c5d", // Hardhat/Anvil default account #5
            "28e543d3753fc9d14c658ebef20b76a3b5f8e7d78667baf27832ceb3bea01bdf", // Hardhat/Anvil default account #6
            "f070994a8599478580678f2b9482c5f02bb3de0647281e8efae183669425808a", // Hardhat/Anvil default account #7
            "38e69fdd19aefeb4adf56312f10e62c30274997835173c7006308323ad7db506", // Hardhat/Anvil default account #8
            "967f21586cdf1248a862f2cfb330099701c942c2c7a7537c54f7ec48f8556505", // Hardhat/Anvil default account #9
            "0b33e0132123e78d42dd12a0fbbbacd19827d35ca88e0ad4ba83a47a65ba0487", // Hardhat/Anvil default account #10
            "84bc109b3d59b0173a76fc3d831360a6e5063b3d4c82793a97de992947a0e3a8", // Hardhat/Anvil default account #11
            "85bde548053aab4b5a6c78473d5eb2addaa5824299ad009bf06775e3ce923010", // Hardhat/Anvil default account #12
            "f1513114f60e5e95732b840669fe83956d8a944d23e6c76f953e7edcf2491901", // Hardhat/Anvil default account #13
            "5330d388af894c9e1a181a06a3ce44d61fd8602165d979942be4641f4002762f", // Hardhat/Anvil default account #14
            "a2e06155cb1a424f972c3abfaddc9cea4820c4aec722d2378903fe28dd8fc40c", // Hardhat/Anvil default account #15
            "4a67d7a0d8a16d6d954cef19eb5afdbdd82cc0e907a571f376ef0a0981a2a9d4", // Hardhat/Anvil default account #16
            "b08bdfde9930d9202809530dcbe193c53fd0dc6928f2010d2ffca74df95ead36", // Hardhat/Anvil default account #17
            "cf1fc66f853151a4c6666909c8f1f80e1d855ecffefbcb65a709aae544de5588", // Hardhat/Anvil default account #18
            "100546a8b020a55aa09b2d34b50de9a3fc45a70b261aec6a989bb2d9321af583", // Hardhat/Anvil default account #19
            "578592185588730b9d10b87e2274706a8301a179cdb60fb4263c788e7e679503", // Ganache deterministic default account #0
            "30e55f5463e22af009a1b785a4d723190c4522bfa2696c2ab85fd12cedca708d", // Ganache deterministic default account #1
            "70b801afae94d2e653c9612d0ebbba1f52f0d6fca900a0c0f0aa0f3e500e41e9", // Ganache deterministic default account #2
            "0bc9fde2b028e3b067e45059c84dbcf43b573344d84f1f259dd912427e76f83f", // Ganache deterministic default account #3
            "f51c2c795f782308c7dcfa92a59cf89c9b21758b3cc8ace822bb78ffbb0f861f", // Ganache deterministic default account #4
            "6dea34b661141091338390067dc6fe04c911ed6b939f7dce3faa8b6e68e755f0", // Ganache deterministic default account #5
            "faeb1dab5a326eef752d42930ec4bf5305724d2b0ddfb06ba9e89b1a36449207", // Ganache deterministic default account #6
            "196fbadca8b7eea62510a490b7e8131ec83cfe1dc33ace8660333d139ebb9c1d", // Ganache deterministic default account #7
            "ecd5e9d0b08a8a9fd1c35bcd303b3cceea1c8b85ee33d4255849cd3fcd37e0b4", // Ganache deterministic default account #8
            "3fd5610ee03a3503edceff018e3fb550d9f2c074609535d5af84cf4a87edfcdb", // Ganache deterministic default account #9
        },
        [66] = new[]
        {
            "60a09e4357868c1e9b801052726d061c370429f723db84523ed58ac354f6eb8a", // Hardhat/Anvil default account #0, 0x-prefixed
            "095101cf732c298a0ce0320b9de704209cdd8640b70d8fdf4e5be51aa2eb272e", // Hardhat/Anvil default account #1, 0x-prefixed
            "bb4978fbe7638de8e6ee13d9a59a5fb047beb0f0ee059fe166541b1f96b6af63", // Hardhat/Anvil default account #2, 0x-prefixed
            "f02322197a196ceb746aa52cee2a869abf0fe231c4d6d050a8a5f02c6625a1d4", // Hardhat/Anvil default account #3, 0x-prefixed
            "5de22089c247b9b2722ec5c33498e6bc481b1faba85f4da957f8b84679fcf88c", // Hardhat/Anvil default account #4, 0x-prefixed
            "59feecfa04eb096ba44eed297e4239fa32d8840cbc1ffb8ff2f7fd8e8e0edd38", // Hardhat/Anvil default account #5, 0x-prefixed
            "b69d88ff1ad5834ab1d8ed45f20d72b6ccf3429c9ccc75b93d14ca0ee00dec16", // Hardhat/Anvil default account #6, 0x-prefixed
            "b6b9ee08c38f62da71fa150a8ada4a7a09c7d3c4a9f6445e51e5a4b2c6395368", // Hardhat/Anvil default account #7, 0x-prefixed
            "be394de37f9d6cf6682434e9f15a4f891eca9b614bf79da2da22a8e48a658fcd", // Hardhat/Anvil default account #8, 0x-prefixed
            "dd0102d1cd0c6ac702573e3e7551fc6cec26596b6287348804c1b0f9544b5bf9", // Hardhat/Anvil default account #9, 0x-prefixed
            "bc695e76adbd4ba589f63b5522e4cff1617857f6255c87950e52ef51c2d18000", // Hardhat/Anvil default account #10, 0x-prefixed
            "f08cf7b46c09669b731db4160bd42c7327126eac2caf35ba299cd92bf086aef4", // Hardhat/Anvil default account #11, 0x-prefixed
            "7112de5abbaaf6185c02a8af80086678d3bd7cfae2b692e1f06e07d2bf95f063", // Hardhat/Anvil default account #12, 0x-prefixed
            "c9af1927cd58e92d438303f3f1d4b1ed246b01060b2abdbca149d2321a2d04bd", // Hardhat/Anvil default account #13, 0x-prefixed
            "9ebbe88c52f8681820a94a6501aa00fa230094dfc40147a908f53538e8cfa3a6", // Hardhat/Anvil default account #14, 0x-prefixed
            "9794bae81f0d5dd24f7025d1bfbb9f5541f685d6903a2a0a8267c9c6e57f8487", // Hardhat/Anvil default account #15, 0x-prefixed
            "89fdd4bd49fc0e2a4b08d8379d7906d328c871b1399680e16d1008de30b16ed2", // Hardhat/Anvil default account #16, 0x-prefixed
            "97bc0c40d645cfaa2f3b3eb6527201816192c0f3056fd4ec191da8c1db901b02", // Hardhat/Anvil default account #17, 0x-prefixed
            "609101d4dd3170f57ff777c34aff90d822bb450ad30ef420017137b8625a8c28", // Hardhat/Anvil default account #18, 0x-prefixed
            "7d2c370c3a5748fad23c20a93abaa2b19badc0c8a0e7d6336b529170645011c0", // Hardhat/Anvil default account #19, 0x-prefixed
            "424742fc6538f5e7e01d32ce12784d7a425d342cec188cd00602613843d52946", // Ganache deterministic default account #0, 0x-prefixed
            "ce9fa353f65502418518442f0cc8824d410543fb627f93c10a4cfa4210f2471e", // Ganache deterministic default account #1, 0x-prefixed
            "bd0cf33a56471e0861755cbb7b51fc420a5b7ae9ee2a47553a790c70e4042fb0", // Ganache deterministic default account #2, 0x-prefixed
            "b616bf99717b6dab01d52423a785ebbf88085af8a04e4e583c8bf5ee9f1b7d43", // Ganache deterministic default account #3, 0x-prefixed
            "4fabaa71008f3cf7132cbff7fca0e06dc431e7d76ec92aa3196af79951f937f8", // Ganache deterministic default account #4, 0x-prefixed
            "a47eadb9d6ed4fc3ff7a45563c0b45ab14ed938d2b4f0b2c4fb225df88b148af", // Ganache deterministic default account #5, 0x-prefixed
            "77f89dcdbbcccd0547eac67457b20b42f1809bf48c14f1d78e0756d8692b0da6", // Ganache deterministic default account #6, 0x-prefixed
            "2f600d581ba56a8998b6a2916e367960c371ed843c32c24e64077c4baf7a69fe", // Ganache deterministic default account #7, 0x-prefixed
            "a136addea40bb541dad2d846e83f6a9f9eed9755875d7ac6523b80fd9a7b3270", // Ganache deterministic default account #8, 0x-prefixed
            "4a04a0734f7011c37d4d5ca668ddd49de15721d9dc1539290818ea11b5e47f02", // Ganache deterministic default account #9, 0x-prefixed
        },
    };
}
