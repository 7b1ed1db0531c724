console.log("hello cli", process.argv.slice(2));
