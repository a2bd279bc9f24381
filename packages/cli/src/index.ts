console.log("mlops CLI: not implemented yet");
