import "server-only";

export const petNames: readonly string[] = [
  "Luna", "Max", "Bella", "Charlie", "Coco", "Milo", "Simba", "Oreo", "Lucy", "Daisy", "Rocky", "Leo",
  "Nala", "Cleo", "Zeus", "Toby", "Teddy", "Loki", "Oscar", "Ginger", "Shadow", "Lulu", "Sultan", "Pepper",
  "Biscuit", "Mango", "Kiwi", "Sheba", "Tiger", "Smokey", "Bruno", "Rex", "Buddy", "Ollie", "Mochi", "Yuki",
  "Peanut", "Honey", "Cinnamon", "Sandy", "Dune", "Qamar", "Noor", "Shams", "Mishmish", "Zaatar", "Sukkar",
  "Lily", "Molly", "Rosie", "Ruby", "Maggie", "Stella", "Bailey", "Cooper", "Winston", "Archie", "Alfie",
  "Murphy", "Hazel", "Willow", "Poppy", "Tilly", "Rolo", "Cookie", "Muffin", "Pumpkin", "Snowy", "Blackie",
  "Felix", "Garfield", "Salem", "Jasper", "Misty", "Kitty", "Boots", "Socks", "Pixel", "Ziggy", "Bowie",
  "Marley", "Bob", "Duke", "Bear", "Thor", "Odin", "Apollo", "Athena", "Hera", "Kaiser", "Bolt", "Ace",
  "Chico", "Lola", "Nina", "Paco", "Canela", "Chispa", "Bambi", "Chanel", "Gucci", "Prada", "Dior",
  "Kuro", "Sushi", "Tofu", "Wasabi", "Nemo", "Hachi", "Ayla", "Zara", "Sasha", "Masha", "Barsik", "Murka",
  "Baloo", "Benji", "Scout", "Rusty", "Goldie", "Angel", "Princess", "Prince", "Sir Fluffington",
  "Chloé", "Pépito", "Frida", "Gizmo", "Pablo", "Tyson", "Harley", "Bentley", "Rambo", "Caramel",
  "قمر", "مشمش",
];
